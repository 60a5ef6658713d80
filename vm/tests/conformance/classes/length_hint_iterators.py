import operator
it = iter([1, 2, 3])
print(operator.length_hint(it))
next(it)
print(operator.length_hint(it), it.__length_hint__())
r = iter(range(10))
next(r); next(r)
print(operator.length_hint(r), operator.length_hint(iter("héllo")), operator.length_hint(iter((1, 2))))
for _ in it: pass
print(operator.length_hint(it))
class Gen:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(operator.length_hint(Gen(), 8))
