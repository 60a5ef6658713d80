"""Krait's abc module: ABC and abstractmethod (abstract methods are marked, not enforced)."""

ABCMeta = type


class ABC:
    __slots__ = ()


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj
