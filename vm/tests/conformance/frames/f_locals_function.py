import sys

def f(a, b=2):
    c = a + b
    loc = sys._getframe().f_locals
    print(sorted(loc.items()))
    d = 10
    loc2 = sys._getframe().f_locals
    print(loc is loc2, sorted(loc2))
    return sys._getframe()

fr = f(1)
# After the frame returned, its last locals are kept.
print(sorted(k for k in fr.f_locals))
print(fr.f_locals['d'])
