# Every object has a __doc__: its class's docstring, or None.
class Documented:
    """The class docstring."""


class Plain:
    pass


class Child(Documented):
    pass


print(Documented().__doc__)
print(Plain().__doc__)
print(Plain.__doc__)
print(type(Child().__doc__).__name__)
print(type((1).__doc__).__name__ in ("str", "NoneType"))
print(type("abc".__doc__).__name__ in ("str", "NoneType"))
print(type([].__doc__).__name__ in ("str", "NoneType"))
print(type((1.5).__doc__).__name__ in ("str", "NoneType"))
print(type(None.__doc__).__name__ in ("str", "NoneType"))
d = "x".__doc__
print(not d or not d.startswith("+"))
