# Argument errors and empty heaps.
import _heapq
for f, args in [(_heapq.heappop, ([],)), (_heapq.heapreplace, ([], 1)),
                (_heapq.heappush, ((), 1)), (_heapq.heappop, (None,)),
                (_heapq.heapify, ()), (_heapq.heappush, ([],)),
                (_heapq._heappop_max, ([],))]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
class Bad:
    def __lt__(self, other):
        raise ZeroDivisionError("no order")
h = [Bad(), Bad()]
try:
    _heapq.heapify(h)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    _heapq.heappush([1], "a")
except TypeError as e:
    print(type(e).__name__, e)
print(_heapq.heappush.__module__ is None or _heapq.heappush.__module__ == "_heapq")
