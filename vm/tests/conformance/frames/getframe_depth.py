import sys

def a():
    return b()

def b():
    return c()

def c():
    names = []
    for d in range(4):
        names.append(sys._getframe(d).f_code.co_name)
    return names

print(a())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
print(sys._getframe(0) is sys._getframe())
