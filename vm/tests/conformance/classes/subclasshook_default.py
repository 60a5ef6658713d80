# `object.__subclasshook__` is a class method with no opinion; an ABC's own hook decides.
import abc

print(object.__subclasshook__(int), int.__subclasshook__(str))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Plain(abc.ABC):
    pass


print(issubclass(list, Sized), issubclass(int, Sized), issubclass(int, Plain))
Plain.register(int)
print(issubclass(int, Plain), isinstance(3, Plain))
print(object.__subclasshook__(), object.__subclasshook__(1, 2))
