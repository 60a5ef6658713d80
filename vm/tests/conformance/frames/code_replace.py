def f():
    return 1

co = f.__code__.replace(co_name="renamed", co_firstlineno=100)
print(co.co_name, co.co_firstlineno, f.__code__.co_name)
print(f())
try:
    f.__code__.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
