# What counts as a sequence: list, tuple, range and their subclasses, collections.deque;
# not str, bytes, dict, set, iterators or generators.
from collections import deque


def f(v):
    match v:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case _:
            return "not a 2-sequence"


class MyList(list):
    pass


class MyTuple(tuple):
    pass


values = [
    [1, 2], (1, 2), range(2), MyList([1, 2]), MyTuple((3, 4)), deque([5, 6]),
    "ab", b"ab", {1: 2, 3: 4}, {1, 2}, iter([1, 2]), (i for i in range(2)),
    frozenset({1, 2}), {"a": 1, "b": 2}.keys(),
]
for v in values:
    print(type(v).__name__, f(v))
