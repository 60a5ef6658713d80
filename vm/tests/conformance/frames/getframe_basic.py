import sys

def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, sys._getframe().f_lineno)
    print(fr.f_back.f_code.co_name)
    print(type(fr).__name__)
    return fr

fr = f()
print(fr.f_code.co_name)
print(sys._getframe().f_code.co_name)
print(sys._getframe().f_back)
