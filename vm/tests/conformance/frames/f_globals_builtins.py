import sys

VALUE = 42

def f():
    fr = sys._getframe()
    print(fr.f_globals['VALUE'])
    print(fr.f_globals is globals())
    print(fr.f_builtins['len'] is len)
    print(fr.f_trace, fr.f_trace_lines)

f()
