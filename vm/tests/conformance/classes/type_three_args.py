def init(self, v): self.v = v
T = type("T", (object,), {"__init__": init, "k": 3})
t = T(5)
print(T.__name__, t.v, t.k, T.__bases__, type(T))
U = type("U", (T,), {})
print(U(1).v, U.__mro__[1] is T)
print(type(t) is T, type("x"))
try:
    type("x", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
V = type("V", (), {})
print(V.__bases__, V.__qualname__, V.__module__)
