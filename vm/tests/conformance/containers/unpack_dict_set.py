a, b = {"x": 1, "y": 2}
print(a, b)
k, v = next(iter({"z": 26}.items()))
print(k, v)
(a, *b), c = "abc", 1
print(a, b, c)
try:
    a, b = {"only": 1}
except ValueError as e:
    print(type(e).__name__, e)
