from collections import deque
d = deque("abc")
print(d.index("b"), d.count("a"), list(reversed(d)))
d.remove("b")
print(d)
try:
    d.remove("z")
except ValueError as e:
    print(type(e).__name__, e)
d[0] = "A"
print(d, d == deque(["A", "c"]))
print(deque([1, 2]) + deque([3]))
d.clear()
print(d, len(d), bool(d))
