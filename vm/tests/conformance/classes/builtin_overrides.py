class L(list):
    def __contains__(self, x): return x == "magic"
    def __iter__(self): return iter(["overridden"])
    def __len__(self): return 42
    def __eq__(self, o): return "eq called"
    def __add__(self, o): return "add called"
    def __radd__(self, o): return "radd called"
l = L([1, 2])
print("magic" in l, 1 in l, list(l), len(l), l == [1, 2], l + [3], [3] + l)
for x in l:
    print(x)
class D(dict):
    def __getitem__(self, k): return k * 2
    def __len__(self): return 0
    def __contains__(self, k): return True
d = D(a=1)
print(d["x"], len(d), "zz" in d, bool(d), d.get("a"))
class S(str):
    def __len__(self): return 99
    def __getitem__(self, i): return "S!"
    def upper(self): return "custom upper"
s = S("hello")
print(len(s), s[0], s.upper(), s.lower(), s + "!", type(s).__name__, isinstance(s, str))
class T(tuple):
    def __getitem__(self, i): return ("T", i)
t = T((1, 2))
print(t[0], len(t), t == (1, 2))
