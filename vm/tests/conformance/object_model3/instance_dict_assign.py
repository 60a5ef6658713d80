# Assigning an instance's __dict__ replaces its attributes; bad values are refused.
class C:
    def __init__(self):
        self.old = "old"


a = C()
a.__dict__ = {"b": 1}
print(a.b, hasattr(a, "old"), a.__dict__)
for bad in (None, [], 1):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(a.__dict__)
del a.__dict__
print(a.__dict__, hasattr(a, "b"))
a.c = 3
print(a.__dict__)
for i in range(3):
    x = C()
    x.__dict__ = {"old": i, "extra": -i}
    print(x.old, x.extra)
e = ValueError("boom")
e.__dict__ = {"note": "n"}
print(e.note, e.args)


class Slotted:
    __slots__ = ("s",)


try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
