import sys

def f():
    x = [1, 2, 3]
    return sys._getframe()

fr = f()
print(sorted(fr.f_locals))
fr.clear()
print(sorted(fr.f_locals))
