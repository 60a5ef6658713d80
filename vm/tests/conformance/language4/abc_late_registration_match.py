# Registering a class with Sequence or Mapping makes it (and its subclasses, made before
# or after) match sequence / mapping patterns.
import abc


# What Sequence and Mapping declare so that `match` sees their kind.
class Sequence(abc.ABC):
    __abc_tpflags__ = 1 << 5


class Mapping(abc.ABC):
    __abc_tpflags__ = 1 << 6


class MutableMapping(Mapping):
    pass


def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return None


class Parent:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError(i)

    def keys(self):
        return []

    def get(self, k, d=None):
        return d


class ChildPre(Parent):
    pass


print(kind(Parent()), kind(ChildPre()))
MutableMapping.register(Parent)


class ChildPost(Parent):
    pass


print(kind(Parent()), kind(ChildPre()), kind(ChildPost()))
print(isinstance(ChildPost(), MutableMapping), issubclass(ChildPre, MutableMapping))


class Other:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError(i)


Sequence.register(Other)


class OtherChild(Other):
    pass


print(kind(Other()), kind(OtherChild()))
print(isinstance(OtherChild(), Sequence))
print(isinstance(OtherChild(), MutableMapping))

# Registering a builtin type changes nothing about match.
Sequence.register(str)
print(kind("abc"))

# Registration errors.
try:
    Sequence.register(3)
except TypeError as e:
    print(type(e).__name__, e)


class Sized(abc.ABC):
    pass


try:
    Sized.register(Sequence)
    Sequence.register(Sized)
except RuntimeError as e:
    print(type(e).__name__, e)
