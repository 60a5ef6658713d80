# Bound methods are equal when bound to the same object with equal functions, and hash
# consistently with that, so they work as dict keys and set members.
class C:
    def m(self):
        return 1

c, other = C(), C()
d = {c.m: "first"}
print(d[c.m], c.m == c.m, c.m != other.m, hash(c.m) == hash(c.m))
print(len({c.m, c.m, other.m}), c.m in {c.m}, other.m in d)
callbacks = [c.m, other.m, c.m]
print(callbacks.count(c.m), callbacks.index(other.m))
