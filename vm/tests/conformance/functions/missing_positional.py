def f(x, y):
    return x + y

for args in [(), (1,)]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)

def g(a, b, c):
    pass
try:
    g()
except TypeError as e:
    print(e)
