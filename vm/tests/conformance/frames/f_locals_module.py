import sys

x = 5
fr = sys._getframe()
print(fr.f_locals is globals())
print(fr.f_globals is globals())
print(fr.f_locals['x'])

class C:
    y = 1
    ns = sys._getframe().f_locals
    print(sorted(k for k in ns if not k.startswith('__')))
    print(ns['y'])
