# sys.getsizeof calls the type's __sizeof__ and adds what CPython keeps in front of the
# object; str sizes follow CPython's compact layouts.
import sys

for char in ("a", "\xe9", "\u20ac", "\U0010ffff"):
    for n in (0, 1, 42):
        print(repr(char), n, sys.getsizeof(char * n))
for o in (0, 1, -5, 2**30, 2**100, 1.0, (), (1, 2), b"", b"abc", None, True, 1j, range(3)):
    print(repr(o), o.__sizeof__(), sys.getsizeof(o))


class Z:
    def __sizeof__(self):
        return 10


class Slotted:
    __slots__ = ()

    def __sizeof__(self):
        return 10


print(sys.getsizeof(Z()), sys.getsizeof(Slotted()))


class Neg:
    def __sizeof__(self):
        return -1


class Bad:
    def __sizeof__(self):
        return "x"


class Big:
    def __sizeof__(self):
        return 2**70


for o in (Neg(), Bad(), Big()):
    try:
        print(sys.getsizeof(o))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Bad(), 7), sys.getsizeof(Bad(), default=8))
try:
    sys.getsizeof(Neg(), 7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__)
