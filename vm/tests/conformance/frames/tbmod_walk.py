import traceback
import sys

def f():
    raise TypeError("t")

try:
    f()
except TypeError as e:
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(e.__traceback__)])

def g():
    return [fr.f_code.co_name for fr, _ in traceback.walk_stack(sys._getframe())]

def h():
    return g()

print(h())
