def g():
    x = yield 1, 2
    print("got", x)
    y = (yield) or "default"
    print("y", y)
it = g()
print(next(it))
print(it.send("s"))
try:
    it.send(None)
except StopIteration:
    print("end")
