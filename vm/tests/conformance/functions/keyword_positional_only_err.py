def f(a, /):
    return a
try:
    f(a=1)
except TypeError as e:
    print(e)
def g(a, b, /, c, *, d):
    return a, b, c, d
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(g(1, 2, 3, d=4))
