l = [3, 1, 2]
print(l.sort(), l)
print(sorted(l) is l, l.reverse(), l)
data = [("b", 2), ("a", 2), ("c", 1)]
data.sort(key=lambda t: t[1])
print(data)
data.sort(key=lambda t: (t[1], t[0]), reverse=True)
print(data)
print(sorted([1.5, 1, True, 0]))
