import sys

def f():
    fr = sys._getframe()
    return fr.f_back.f_code.co_name

print(f())

def g(x):
    return x.missing

g(1)
