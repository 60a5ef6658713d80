class IntList(list[int]):
    def total(self): return sum(self)
x = IntList([1, 2, 3])
print(x.total(), type(x).__name__, IntList.__bases__, IntList.__mro__[1].__name__)
class Pairs(dict[str, int]): pass
print(Pairs(a=1), issubclass(Pairs, dict))
def f(a: list[int], b: dict[str, tuple[int, ...]] | None = None) -> set[str]:
    return {str(v) for v in a}
print(sorted(f([3, 1])))
print(list[int]([1, 2]), tuple[int, str]((1, "a")), type[int])
print(list[int].__origin__ is list, dict[str, int].__args__)
