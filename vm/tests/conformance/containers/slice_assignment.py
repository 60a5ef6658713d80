l = list(range(6))
l[1:3] = ["a", "b", "c"]
print(l)
l[::2] = [0, 0, 0, 0]
print(l)
del l[::3]
print(l)
l[:] = []
print(l)
l = [1, 2, 3]
l[1:1] = [9, 9]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
l[len(l):] = "xy"
print(l)
