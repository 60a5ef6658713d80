# The max-heap helpers heapq.merge(reverse=True) and nlargest use.
import _heapq
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapq._heapify_max(data)
print(data[0])
print(_heapq._heapreplace_max(data, 0), data[0])
out = []
while data:
    out.append(_heapq._heappop_max(data))
print(out)
