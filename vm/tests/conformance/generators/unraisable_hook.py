# sys.unraisablehook receives what nobody can catch (a __del__ that raises); the default
# hook prints "Exception ignored in: ..." to stderr.
import gc
import sys

print(sys.unraisablehook is sys.__unraisablehook__)

seen = []
sys.unraisablehook = seen.append


class Leaker:
    def __del__(self):
        raise RuntimeError("del failed")


l = Leaker()
del l
gc.collect()
u = seen[0]
print(type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg)
print(u.object == Leaker.__del__, u.exc_traceback is not None)
print(len(u), tuple(u)[0].__name__)


# A hook that raises: its error and the original are both printed.
class Broken:
    def __call__(self, arg):
        raise ValueError("hook broke")

    def __repr__(self):
        return "<broken hook>"


sys.unraisablehook = Broken()
l = Leaker()
del l
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("still running")

try:
    sys.__unraisablehook__()
except TypeError as e:
    print(type(e).__name__)
