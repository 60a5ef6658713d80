try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
l = [2, 1]
try:
    l.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({3: "c", 1: "a"}), sorted("cab"), sorted((2, 1)))
