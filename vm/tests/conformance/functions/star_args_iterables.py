def f(*a):
    return a
print(f(*"abc"), f(*{1: 2}), f(*range(2), *(x for x in [9])))
print(f(*[]), f(*[], *()))
def g(a, b):
    return a - b
print(g(*[5], **{"b": 2}))
print(g(**dict(a=1, b=2)))
