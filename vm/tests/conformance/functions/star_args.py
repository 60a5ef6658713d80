def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{"a": 1}, b=2))
lst = [4, 5]
print(f(0, *lst, 6))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*"123" and (1, 2, 3)))
print(g(1, **{"c": 3, "b": 2}))
