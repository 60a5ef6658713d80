import os

def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    def g():
        return x
    return g

co = f.__code__
print(co.co_name, co.co_qualname, os.path.basename(co.co_filename))
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(co.co_nlocals)
print(co.co_firstlineno)
g = f(1, 2, 3, d=4)
print(g.__code__.co_freevars, g.__code__.co_qualname)
print(type(co.co_code).__name__, type(co.co_stacksize).__name__, co.co_stacksize > 0)
