
def f(a, b=2, *, c=3): "d"; return a
print(f.__defaults__, f.__kwdefaults__, f.__qualname__, f.__module__, f.__code__.co_name, f.__doc__)
