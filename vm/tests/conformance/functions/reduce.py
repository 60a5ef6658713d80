import functools, operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(operator.add, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
