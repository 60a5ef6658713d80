# split / rsplit with and without a separator and maxsplit
s = "  a  b c   d  "
for n in [-1, 0, 1, 2, 10]:
    print(n, s.split(None, n), s.rsplit(None, n))
t = "a,b,,c,"
for n in [-1, 0, 1, 2]:
    print(n, t.split(",", n), t.rsplit(",", n))
print("aaa".split("aa"), "aaa".rsplit("aa"))
print("x".rsplit(maxsplit=0), "".split(), "".split(","), " ".rsplit())
print("a\u3000b\x85c".split())
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
