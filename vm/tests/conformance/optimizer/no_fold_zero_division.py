# A division by zero in constant operands still raises when (and only when) it runs.
def f():
    return 1 / 0

def g():
    return 1 // 0

def h():
    return 5 % 0

for fn in (f, g, h):
    try:
        fn()
    except ZeroDivisionError as e:
        print(fn.__name__, type(e).__name__, e)
print('after')
if False:
    print(1 / 0)
print(1 / 0)
