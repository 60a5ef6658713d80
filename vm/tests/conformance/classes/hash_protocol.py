print(list.__hash__, dict.__hash__, set.__hash__)
print(int.__hash__(5) == hash(5), str.__hash__("a") == hash("a"), tuple.__hash__((1,)) == hash((1,)))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
print(len({H(1), H(1), H(2)}), hash(H(-1)))
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
