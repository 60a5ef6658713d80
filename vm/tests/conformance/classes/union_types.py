u = int | str
print(u, type(u).__name__)
print(isinstance(1, u), isinstance("a", u), isinstance(1.5, u))
print(issubclass(bool, int | None), isinstance(None, int | None))
print(int | None, u.__args__)
print((int | str) == (str | int), int | int)
print(isinstance(2.0, (int | str, float)))
import types
print(isinstance(u, types.UnionType))
print(int | list[int])
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
