# types.UnionType has __parameters__ and substitutes type variables when subscripted.
from typing import TypeVar
T = TypeVar("T"); K = TypeVar("K")
u = int | list[T]
print(u.__parameters__, u[str], (int | str).__parameters__)
v = dict[K, T] | None
print(v.__parameters__, v[str, int])
try: (int | str)[int]
except TypeError as e: print(e)
