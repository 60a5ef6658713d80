# a submodule of a plain module
try:
    import mod_simple.inner
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import mod_noall.x
