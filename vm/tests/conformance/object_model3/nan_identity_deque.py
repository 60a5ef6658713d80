# The identity shortcut holds for every container kind.
from collections import deque

nan = float("nan")
values = (nan, 1, None, "abc")
for make in (list, tuple, dict.fromkeys, set, frozenset, deque):
    c = make(values)
    print(make.__name__, all(v in c for v in c), c == make(values), c == c)
