# A float is itself: containers find a NaN they hold, and compare equal to themselves.
nan = float("nan")
inf = float("inf")
for f in (inf, -inf, 0.0, 1.0, nan):
    print(f in [f], f in (f,), f in {f}, f in {f: None}, [f].count(f), [f].index(f))
    l, t, s, d = [f], (f,), {f}, {f: None}
    print(l == l, t == t, s == s, d == d, [f] == [f], (f,) == (f,), {f: 1} == {f: 1})
print(nan == nan, nan != nan, nan is nan)
x = [1, nan, 2]
x.remove(nan)
print(x)
print(max([nan]), sorted([nan]))
