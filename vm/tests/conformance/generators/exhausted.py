def g():
    yield 1

it = g()
print(list(it))
print(list(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
