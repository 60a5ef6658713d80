items = [1, 2, 3]
d = {"k": "v"}
print(f"{len(items)} {items[-1]} {d['k']}")
print(f"{'yes' if items else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda y: y + 1)(1)}")
print(f"{items!r:>15}|")
a, b = 3, 4
print(f"{a}{b}" f"{a + b}" "plain")
