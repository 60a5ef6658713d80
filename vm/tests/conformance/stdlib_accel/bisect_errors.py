# lo/hi checks, non-list sequences and the insert method.
import bisect
for call in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(3, 1),
             lambda: bisect.bisect([], 1, "x"), lambda: bisect.bisect([]),
             lambda: bisect.insort((), 1)]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(bisect.bisect_right(range(0, 100, 10), 35), bisect.bisect_left("acegi", "d"))
class Seq:
    def __init__(self):
        self.items = [1, 3, 5]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print("insert at", i)
        self.items.insert(i, x)
s = Seq()
bisect.insort(s, 4)
print(s.items, bisect.bisect([1, 2, 3], 2, 0, -5))
