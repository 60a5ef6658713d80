# A builtin __repr__/__str__ rebound on a class (Foo.__repr__ = Foo.__str__) that comes back
# to itself raises RecursionError instead of overflowing the native stack.
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr):
    try:
        f(foo)
    except RecursionError as e:
        print("RecursionError", f.__name__)
class Bar:
    pass
Bar.__str__ = Bar.__repr__
print(str(Bar()).startswith("<__main__.Bar object"))
