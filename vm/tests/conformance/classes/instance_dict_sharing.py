# Instances of one class share their attribute names; every way of diverging from the
# shared order must keep each instance's own dict exact.
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = P(1, 2)
q = P(3, 4)
print(vars(p), vars(q))

# Another order than the first instance's.
r = P.__new__(P)
r.b = 5
r.a = 6
print(vars(r), list(r.__dict__))

# Deletion, then re-adding: the name goes to the end.
del q.a
print(vars(q))
q.a = 7
print(vars(q), q.a, q.b)

# More names than the first instances set.
s = P(8, 9)
s.c = 10
t = P(11, 12)
t.c = 13
t.d = 14
print(vars(s), vars(t))

# A non-str key through __dict__.
u = P(0, 0)
u.__dict__[1] = 'one'
print(vars(u), u.__dict__[1])

# Many names.
class Many:
    pass

objs = [Many() for _ in range(3)]
for i, o in enumerate(objs):
    for j in range(40):
        setattr(o, 'x%d' % ((j + i) % 40), j)
print([len(vars(o)) for o in objs], objs[0].x39, objs[1].x0, objs[2].x1)
print(list(vars(objs[1]))[:3])

# clear, update, popitem, copy of an instance dict.
v = P(1, 2)
d = v.__dict__
d.update(z=3)
print(d.popitem(), d)
d.clear()
print(vars(v), hasattr(v, 'a'))
v.b = 1
v.a = 2
print(vars(v), dict(v.__dict__) == {'a': 2, 'b': 1})

# Equality and iteration over instance dicts.
print(vars(P(1, 2)) == vars(P(1, 2)), vars(P(1, 2)) == {'b': 2, 'a': 1})
for k, val in P('x', 'y').__dict__.items():
    print(k, val)

# __class__ assignment keeps the attributes.
class Q:
    pass

w = P(5, 6)
w.__class__ = Q
w.c = 7
print(type(w).__name__, vars(w))
x = Q()
x.c = 1
print(vars(x))
