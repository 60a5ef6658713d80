# a module whose body raises is removed from sys.modules; importing again re-runs it
import sys
for attempt in range(2):
    try:
        import pkg_err.raises
    except ValueError as e:
        print(attempt, type(e).__name__, e, "pkg_err.raises" in sys.modules, "pkg_err" in sys.modules)
import pkg_err
print(hasattr(pkg_err, "raises"))
