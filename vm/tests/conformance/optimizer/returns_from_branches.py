# Functions whose branches end at a shared return (copied exits).
def f(a):
    if a:
        x = 1
    else:
        x = 2


def g(a):
    if a > 1:
        return 'big'
    elif a:
        pass
    else:
        return 'zero'


def h(items):
    for item in items:
        if item:
            break
    else:
        return 'none'


print(f(0), f(1), g(2), g(1), g(0), h([0, 1]), h([]))
