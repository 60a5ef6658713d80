x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
print(C.total)

try:
    class D:
        n = 5
        out = list(n + i for i in range(2))
except NameError as e:
    print(type(e).__name__, e)
