"""Krait's abc module: ABCMeta (abstract methods are collected into `__abstractmethods__`,
which `object.__new__` enforces; `register` adds virtual subclasses), ABC and
abstractmethod."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        # Direct ABC subclasses, so that a class registered with a subclass counts as a
        # virtual subclass of its bases too (Integral.register(int) makes int a Rational).
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        # CPython gives a class registered with Sequence or Mapping (or a subclass of
        # them) that ABC's `match` flag, unless the class has a flag already; `match`
        # reads the flag off the MRO, so later subclasses inherit it.
        flags = getattr(cls, "__abc_tpflags__", None)
        if flags is not None and not any(
            "__abc_tpflags__" in c.__dict__ for c in subclass.__mro__
        ):
            try:
                subclass.__abc_tpflags__ = flags
            except TypeError:
                pass
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for registered in cls._abc_registry:
            if registered is subclass or issubclass(subclass, registered):
                return True
        for sub in cls._abc_subclasses:
            if issubclass(subclass, sub):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def update_abstractmethods(cls):
    abstracts = set()
    for key in dir(cls):
        if _is_abstract(getattr(cls, key, None)):
            abstracts.add(key)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
