# Iterating a GenericAlias yields it once, starred (`*tuple[int]`); its iterator reduces
# to `iter` and what is left.
it = iter(tuple[int])
print(type(it).__name__)
print(it.__reduce__()[1])
x = next(it)
print(x, x.__unpacked__, tuple[int].__unpacked__)
print(x == tuple[int], x.__origin__, x.__args__)
print(it.__reduce__()[0] is iter, it.__reduce__()[1])
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(list[str]), [*dict[str, int]])
print(repr(next(iter(tuple[()]))))
