# Sets reduce to (type, (items,), state); copy and deepcopy keep subclass state.
import copy

s = {3}
r = s.__reduce__()
print(r[0] is set, r[1], r[2])
f = frozenset([4])
print(f.__reduce__()[0] is frozenset, f.__reduce__()[1:])

class S(set):
    pass

t = S([1, 2])
t.x = ["x"]
r = t.__reduce__()
print(r[0] is S, sorted(r[1][0]), r[2])
print(t.__reduce_ex__(2)[2])

class Slotted(set):
    __slots__ = ("x", "y", "__dict__")

u = Slotted([5])
u.x = 1
u.z = 2
print(u.__reduce__()[2])

class Frozen(frozenset):
    pass

fz = Frozen("ab")
fz.tag = "t"
r = fz.__reduce__()
print(r[0] is Frozen, sorted(r[1][0]), r[2])

class Tracer:
    def __init__(self, value):
        self.value = value
    def __hash__(self):
        return self.value
    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)

for cls in (S, Frozen):
    src = cls([Tracer(10)])
    dup = copy.deepcopy(src)
    print(type(dup).__name__, [e.value for e in dup], dup is not src)
    shallow = copy.copy(src)
    print(type(shallow).__name__, [e.value for e in shallow])

t2 = copy.copy(t)
print(type(t2).__name__, sorted(t2), t2.x is t.x)
t3 = copy.deepcopy(t)
print(sorted(t3), t3.x == t.x, t3.x is t.x)
u2 = copy.copy(u)
print(sorted(u2), u2.x, u2.z)

class WithState(set):
    def __getstate__(self):
        return {"custom": True}
print(WithState([1]).__reduce__()[2])
