def g():
    yield 1

it = g()
print(it.gi_frame is not None)
print(type(it).__name__)
print(it.__name__)
print(iter(it) is it)
list(it)
print(it.gi_frame)
