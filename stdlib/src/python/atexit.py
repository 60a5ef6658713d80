"""Functions to call when the interpreter exits: the VM calls `_run_exitfuncs` once at
shutdown, after the main program and before the remaining finalizers, if this module was
imported. Callbacks run last registered, first called."""

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _ncallbacks():
    return len(_callbacks)


def _clear():
    del _callbacks[:]


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import sys
            import traceback
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__)
