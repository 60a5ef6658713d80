from collections import Counter
c = Counter(["x", "y", "x", "z", "x", "y"])
print(c)
print(c.most_common())
print(c.total())
del c["x"]
print(c, c["x"])
print(Counter("aab") == Counter("aba"))
print(Counter(a=2) | Counter(a=1, b=1), Counter(a=2) & Counter(a=1, b=1))
