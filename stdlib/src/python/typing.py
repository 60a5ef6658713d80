"""Krait's typing module: names for annotations; subscripting them returns them."""

TYPE_CHECKING = False


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        return "typing." + self._name


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
Callable = _Special("Callable")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
NoReturn = _Special("NoReturn")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__

    def __reduce__(self):
        # Found again by name in its module: copies and unpickling give the same variable.
        return self.__name__

    def __typing_subst__(self, arg):
        # What stands for this variable when a generic alias over it is subscripted.
        return arg


class Generic:
    def __class_getitem__(cls, params):
        return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f
