# A generator's __name__ and __qualname__ can be replaced by strs, not deleted.
def func():
    yield 1


gen = func()
print(gen.__name__, gen.__qualname__)
gen.__name__ = "name"
gen.__qualname__ = "qual.name"
print(gen.__name__, gen.__qualname__)
print(func.__name__)
for op in [lambda: setattr(gen, "__name__", 123), lambda: setattr(gen, "__qualname__", None),
           lambda: delattr(gen, "__name__"), lambda: delattr(gen, "__qualname__")]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(gen).startswith("<generator object qual.name at"))
