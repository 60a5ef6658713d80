# Assigning and deleting a function's special attributes: type checks, read-only ones, and
# CPython's messages.
def f(a=1, *, b=2): return a
def g():
    x = 1
    def h(): return x
    return h
h = g()
tests = [
 "f.__name__ = 7", "f.__qualname__ = 7", "f.__defaults__ = [1]", "f.__kwdefaults__ = 3",
 "f.__globals__ = {}", "f.__closure__ = ()", "f.__builtins__ = {}", "f.__code__ = 5",
 "f.__code__ = h.__code__", "h.__code__ = f.__code__", "f.__dict__ = None", "del f.__dict__",
 "del f.__name__", "del f.__qualname__", "del f.__defaults__; print(f.__defaults__)",
 "del f.__kwdefaults__; print(f.__kwdefaults__)", "del f.__code__", "del f.__globals__",
 "print(type(f.__builtins__).__name__, f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else f.__builtins__ is __builtins__)",
 "f.__dict__ = {'z': 1}; print(f.z)", "print(f.__class__.__name__)", "f.__class__ = int",
 "m = [].append; m.__class__ = int", "print(f.__annotations__)", "f.__annotations__ = 3",
 "del f.__annotations__; print(f.__annotations__)", "del f.__doc__; print(f.__doc__)",
 "f.__doc__ = 'x'; print(f.__doc__)", "f.__module__ = 3; print(f.__module__)",
]
for t in tests:
    try:
        exec(t)
        print("ok", t)
    except Exception as e:
        print(type(e).__name__, e, "|", t)
