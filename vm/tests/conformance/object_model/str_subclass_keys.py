# A str subclass with its own __eq__ and __hash__ is compared through them as a dict or
# set key, whether it is the stored key or the probe.


class cistr(str):
    def __init__(self, value):
        self.canonical = value.lower()
        self.hashcode = hash(self.canonical)

    def __eq__(self, other):
        if not isinstance(other, cistr):
            other = cistr(other)
        return self.canonical == other.canonical

    def __hash__(self):
        return self.hashcode


print(cistr("ABC") == "abc", "aBc" == cistr("ABC"), str(cistr("ABC")))
d = {cistr("one"): 1, cistr("two"): 2, cistr("tHree"): 3}
print(d[cistr("one")], d[cistr("tWo")], d[cistr("THrEE")])
print(cistr("ONe") in d, d.get(cistr("thrEE")), d.get("one"), d.get("two"))
d[cistr("TWO")] = 22
print(len(d), d[cistr("two")])
s = {cistr("x"), cistr("X")}
print(len(s), cistr("x") in s, "x" in s)


class Plain(str):
    pass


p = {Plain("k"): 1}
print(p["k"], p[Plain("k")], "k" in p, Plain("k") in {"k": 0})
try:
    d[cistr("four")]
except KeyError as e:
    print(type(e).__name__, e)
