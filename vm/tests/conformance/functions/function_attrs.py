def f(a, b=1, *args, c, d=2, **kw):
    "docstring here"
    local = 1
    return local

print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
f.custom = "attr"
print(f.custom)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
