x = 5
def f():
    print(x)
    x = 6
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def g():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
g()
