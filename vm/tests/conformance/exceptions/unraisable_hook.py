# Exceptions raised where nobody can catch them go to sys.unraisablehook.
import gc
import sys

print(sys.unraisablehook is sys.__unraisablehook__)


class BrokenDel:
    def __del__(self):
        raise ValueError("del is broken")


seen = []


def hook(u):
    seen.append(u)


sys.unraisablehook = hook
obj = BrokenDel()
del obj
gc.collect()
u = seen[0]
print(u.exc_type.__name__, u.exc_value, u.err_msg)
print(u.object is BrokenDel.__del__)
print(u.exc_traceback is not None, u.exc_traceback is u.exc_value.__traceback__)
print(u.exc_type, u.exc_value, u.exc_traceback is not None, u.err_msg, u.object is not None)


# The default hook prints to sys.stderr; a failing hook is reported itself.
sys.unraisablehook = sys.__unraisablehook__


class Quiet:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise


class BadHook:
    def __call__(self, u):
        raise RuntimeError("hook failed")

    def __repr__(self):
        return "<BadHook>"


bad_hook = BadHook()


sys.unraisablehook = bad_hook
q = Quiet()
del q
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("done")
