# The harness runs with hash seed 0, as regen.py runs CPython (PYTHONHASHSEED=0): str and
# bytes hashes, and so the order of small sets of them, are CPython's.
for s in ["", "a", "hello world", "é", "€uro", "🐍", "mixed é and 🐍"]:
    print(repr(s), hash(s), hash(s.encode()))
print(hash("abc") == hash(b"abc"), hash("é") == hash(b"\xe9"))
r, g, b = "red", "green", "blue"
print({r, g, b}, {b"x", b"yy", b"zzz"})
print(set("abcdefghij"))
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d, set(d))
