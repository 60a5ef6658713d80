def f(a, b, *rest, last):
    return a, b, rest, last
print(f(1, 2, 3, 4, last=5))
print(f(*range(5), last=None))
def g(a, b=2, c=3):
    return a, b, c
print(g(1, c=9))
print(g(c=1, a=2))
