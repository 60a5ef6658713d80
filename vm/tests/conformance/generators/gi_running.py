def g():
    print("running inside", it.gi_running)
    yield 1

it = g()
print(it.gi_running)
next(it)
print(it.gi_running)
