# A generic alias with type variables among its arguments can be subscripted again.
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")
B = list[T]
print(B, B.__parameters__, B[int], B[int] == list[int])
D = dict[T, list[S]]
print(D.__parameters__, D[str, int], D[S, T].__parameters__)
print(tuple[T, ...][int], tuple[T, T][str], tuple[T, S][S, T])
print(list[int].__parameters__, dict[str, list[int]].__parameters__)
for bad in (lambda: list[int][str], lambda: D[int], lambda: B[int, str]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(list[T][tuple[int]])
print(type(B[int]).__name__, B[int].__origin__ is list, B[int].__args__)
