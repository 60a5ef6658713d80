# __parameters__ collects type variables from arguments and nested aliases, in order.
import typing

T, S, U = typing.TypeVar("T"), typing.TypeVar("S"), typing.TypeVar("U")
cases = [list[T], dict[T, S], dict[S, list[T]], tuple[T, T, S], list[dict[U, list[T]]],
         list[int], tuple[()], dict[str, tuple[T, ...]]]
for a in cases:
    print(a, a.__parameters__)
print(list[T].__parameters__ is list[T].__parameters__ or list[T].__parameters__ == (T,))
nested = dict[S, list[T]][int, str]
print(nested, nested.__args__[1].__args__, nested.__parameters__)
print(tuple[T, S][S, T].__parameters__, tuple[T, S][T, T])
