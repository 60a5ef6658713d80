# Generators: iteration, send, throw, close, yield from, generator expressions.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count_up(4)), sum(count_up(101)), max(count_up(7)))
g = count_up(2)
print(next(g), next(g), next(g, "end"))


def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def delegate():
    result = yield from count_up(3)
    yield result
    yield from ["x", "y"]


print(list(delegate()))


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = guarded()
print(next(g))
g.close()
print("closed")


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as err:
            yield "caught " + str(err)


c = catcher()
print(next(c), c.throw(ValueError("bad")), next(c))
squares = (x * x for x in range(5))
print(list(squares), list(squares), sum(x for x in range(10) if x % 2))


def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    return [n * 10 for n in evens]


print(pipeline())


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for v in fib_gen():
    if v > 100:
        break
    out.append(v)
print(out)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(len(list(tree(6))))
print(dict(enumerate(count_up(3))), list(zip(count_up(3), "abc")))


def stopper():
    yield 1
    raise StopIteration


try:
    list(stopper())
except RuntimeError as err:
    print("RuntimeError:", err)
