def g():
    x = yield
    print("x =", x)
    y = yield x * 2
    print("y =", y)

it = g()
print(next(it))
print(it.send(4))
try:
    it.send("z")
except StopIteration:
    print("finished")
