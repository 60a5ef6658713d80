import functools
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) < V(2), V(1) >= V(2), V(3) > V(2), V(2) <= V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
