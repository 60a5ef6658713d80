import sys

def f():
    fr = sys._getframe()
    x = 1
    return fr

fr = f()
print(fr.f_lineno)

def g():
    return sys._getframe()
fr2 = g()
print(fr2.f_lineno)
