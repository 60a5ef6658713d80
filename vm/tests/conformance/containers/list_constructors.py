print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)))
print(list(x for x in [1, 2]), list(map(abs, [-1, -2])))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a=1), dict([("b", 2)]), dict({"c": 3}, d=4), dict(zip("xy", [1, 2])))
print(set("aab") == {"a", "b"}, tuple([1]), frozenset([1, 1]))
