print(None | int, int | None | str, (int | str) | float, list[int] | None)
print(type(int | str) is type(str | int), hash(int | str) == hash(str | int))
print(issubclass(int, int | str), issubclass(float, int | str))
print(dict[str, int](a=1), list[int].__name__ if hasattr(list[int], "__name__") else "-")
import types
print(types.GenericAlias(list, (int,)), types.NoneType, types.FunctionType.__name__)
print(repr(tuple[()]), repr(dict[str, "X"]))
try:
    issubclass(int, list[int])
except TypeError as e:
    print(type(e).__name__, e)
