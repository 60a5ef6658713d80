# d |= x takes whatever d.update takes; d | x needs a dict.
d = {0: 0}
d |= [(1, 1), (2, 2)]
print(d)
d |= {3: 3}
print(d)
class M:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return key * 2
d |= M()
print(d)
for bad in ([1, 2], 5, [(1, 2, 3)]):
    try:
        d |= bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d | [(1, 1)]
except TypeError as e:
    print(type(e).__name__, e)
print(d)
