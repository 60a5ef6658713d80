import sys

def f():
    fr = sys._getframe()
    return fr.f_lasti

a = f()
print(type(a).__name__, a >= 0, a % 2)
