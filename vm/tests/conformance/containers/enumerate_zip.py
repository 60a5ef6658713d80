print(list(enumerate("abc")), list(enumerate("ab", 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("ab")))
print(dict(zip(range(3), "abc")))
