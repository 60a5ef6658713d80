class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v * 2)
    def __delitem__(self, k):
        print("delitem", k)
        super().__delitem__(k)
    def __hash__(self): return 7
d = D()
d["a"] = 1
print(d)
del d["a"]
print(d, hash(d))
class L(list):
    def __setitem__(self, i, v):
        print("list setitem", i, v)
        super().__setitem__(i, v)
    def __reversed__(self): return iter("rev")
l = L([1, 2, 3])
l[0] = 9
print(l, list(reversed(l)))
class S(str):
    def __hash__(self): return 11
    def __eq__(self, o): return True
print(hash(S("x")), S("x") == "y", S("x") != "y")
class T(tuple):
    def __iter__(self): return iter(("it",))
a, = T((1,))
print(a, tuple(T((5, 6))), [*T((7,))])
