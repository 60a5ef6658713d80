def f(a, b, c, *, d, e):
    pass
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, d=1)
except TypeError as e:
    print(e)
