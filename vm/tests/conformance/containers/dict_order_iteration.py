d = {}
for k in [3, 1, 2]:
    d[k] = str(k)
print(d)
del d[1]
d[1] = "again"
print(list(d))
d[3] = "updated"
print(d)
try:
    for k in d:
        d[k * 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed(d)))
