l = list(range(8))
del l[0]
del l[-1]
del l[1:3]
print(l, len(l))
try:
    del l[20]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1}
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(d)
