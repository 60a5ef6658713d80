def f(a):
    return a
try:
    f(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"zz": 1, "a": 2})
except TypeError as e:
    print(e)
