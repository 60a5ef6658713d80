# A comparison that changes the heap's size is caught, not read past.
import _heapq
class Shrinker:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v
heap = []
heap.extend(Shrinker(heap, v) for v in [5, 4, 3, 2, 1])
try:
    _heapq.heapify(heap)
except RuntimeError as e:
    print(type(e).__name__, e)
heap = []
heap.extend(Shrinker(heap, v) for v in [1, 2])
try:
    _heapq.heappush(heap, Shrinker(heap, 0))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
