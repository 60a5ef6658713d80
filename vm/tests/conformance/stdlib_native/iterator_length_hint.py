# __length_hint__ of dict and set iterators: the items left, 0 once the size changed.
import operator

def hints(it, n):
    out = [it.__length_hint__()]
    for _ in range(n):
        next(it, None)
        out.append(operator.length_hint(it))
    return out

d = {'a': 1, 'b': 2, 'c': 3}
print(hints(iter(d), 4), hints(iter(d.values()), 2), hints(iter(d.items()), 1))
print(hints(iter({}), 1))
s = {1, 2, 3, 4}
print(hints(iter(s), 5), hints(iter(frozenset('xy')), 3))
d2 = {i: i for i in range(20)}
for i in range(0, 20, 3):
    del d2[i]
print(hints(iter(d2), 3))
it = iter(d)
next(it)
d['z'] = 26
print(it.__length_hint__())
st = {1, 2}
its = iter(st)
st.add(3)
print(its.__length_hint__())
try:
    next(its)
except RuntimeError as e:
    print(type(e).__name__, e)
print(its.__length_hint__())
print(type(iter(s)).__length_hint__(iter(s)))
