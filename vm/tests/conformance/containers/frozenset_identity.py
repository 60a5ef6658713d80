# An exact frozenset is its own copy; subclasses and sets are not.
f = frozenset("abc")
print(frozenset(f) is f, f.copy() is f)
class F(frozenset):
    pass
g = F("abc")
print(frozenset(g) is g, type(frozenset(g)).__name__, g.copy() is g, type(g.copy()).__name__)
print(F(f) is f, type(F(f)).__name__)
s = set("abc")
print(s.copy() is s, set(s) is s)
e = frozenset()
print(frozenset(e) is e)
