# heapq's public functions work on tuples and with nlargest/nsmallest/merge.
import heapq
h = []
for item in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(h, item)
print(heapq.heappop(h), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
