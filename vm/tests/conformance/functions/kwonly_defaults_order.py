def f(*, a=1, b, c=3):
    return a, b, c
print(f(b=2), f(c=0, b=1, a=9))
try:
    f(a=1)
except TypeError as e:
    print(e)
print(f.__kwdefaults__)
