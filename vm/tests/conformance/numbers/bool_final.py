# bool, range and slice cannot be subclassed.
for base in (bool, range, slice):
    try:
        class C(base):
            pass
        print("subclassed", base.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    class M(int, bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class I(int):
    pass
print(I(3) + True, isinstance(True, int))
