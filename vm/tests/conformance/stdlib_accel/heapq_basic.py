# The native _heapq functions keep the heap invariant.
import _heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
_heapq.heapify(data)
print(data, data[0])
print(_heapq.heapreplace(data, 10), data[0])
print(_heapq.heappushpop(data, -1), _heapq.heappushpop(data, 4), data[0])
print(_heapq.heappushpop([], 3))
