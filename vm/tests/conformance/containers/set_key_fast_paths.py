# Set membership, add and discard with int, bool, float and str keys: equal numbers
# of different types are the same key, hashes of -1 and of ints beyond the hash modulus,
# and str subclasses whose __eq__ must still run.
s = {1, 2, 3, -1, -2, 2**61 - 1, 2**61, -(2**61) + 1, 2**62 + 5}
print(1.0 in s, True in s, 1 in s, 4 in s, -1 in s, -2 in s, -1.0 in s)
print(2**61 - 1 in s, 0 in s, 2**61 in s, 1 in s, -(2**61) + 1 in s, 2**62 + 5 in s)
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61) + 1), hash(2**62 + 5))
f = frozenset({0, "a", "bc", 2.5})
print(False in f, "a" in f, "b" + "c" in f, "x" in f, 2.5 in f, 0.0 in f)

t = set()
t.add(True)
t.add(1)
t.add(1.0)
print(t, len(t))
t.discard(1.0)
print(t)
for i in range(-5, 40):
    t.add(i)
for i in range(-5, 40, 3):
    t.discard(i)
print(sorted(t))
print(all((i in t) == (i % 3 != 1) for i in range(-5, 40)))


class Loose(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    __hash__ = str.__hash__


u = {"abc", "Q"}
print(Loose("abc") in u, Loose("ABC") in u, Loose("q") in u)
v = {Loose("abc")}
print("abc" in v)


class Always:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called")
        return True


w = {5, "k"}
print(Always(5) in w, Always(hash("k")) in w)
w.add(Always(7))
print(7 in w)
x = {1, 2}
try:
    [] in x
except TypeError as e:
    print("TypeError", e)
print({1, 2} in {frozenset({1, 2})})


class S(set):
    def __contains__(self, k):
        return "override"


print(1 in S({1}), 2 in S())
