# A set that contains itself (through a hashable wrapper) shows its type name.
class Holder:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return repr(self.s)
    def __hash__(self):
        return 1

s = set()
s.add(Holder(s))
print(repr(s))

class S(set):
    pass

t = S()
t.add(Holder(t))
print(repr(t))

class F(frozenset):
    pass

holder = Holder(None)
f = F([holder])
holder.s = f
print(repr(f))
g = frozenset([Holder(None)])
list(g)[0].s = g
print(repr(g))

l = []
l.append(l)
print(repr(l))
d = {}
d[1] = d
print(repr(d))
