# On an instance without __dict__, a class attribute is read-only and anything else
# does not exist; an unset slot raises AttributeError naming it.
class A:
    pass


class B:
    y = 0
    __slots__ = ("z",)


tests = [
    lambda: A().x,
    lambda: delattr(A(), "x"),
    lambda: B().x,
    lambda: delattr(B(), "x"),
    lambda: setattr(B(), "x", 0),
    lambda: delattr(B(), "y"),
    lambda: setattr(B(), "y", 0),
    lambda: B().z,
    lambda: delattr(B(), "z"),
]
for t in tests:
    try:
        t()
        print("no error")
    except AttributeError as e:
        print(type(e).__name__, e)
b = B()
b.z = 3
print(b.z, b.y)
del b.z
print(hasattr(b, "z"))
