# Generator protocol details: close, send, throw, yield from return values, iterators.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got exit")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
it.close()
print(list(it))
def h():
    x = yield
    while True:
        x = yield x * 2
c = h()
next(c)
print(c.send(3), c.send(10))
def sub():
    r = yield "a"
    print("sub got", r)
    return "sub-result"
def main():
    v = yield from sub()
    print("main got", v)
    yield "end"
m = main()
print(next(m))
print(m.send("hello"))
try:
    next(m)
except StopIteration as e:
    print("stop", e.value)
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
    yield "after"
t = thrower()
print(next(t), t.throw(ValueError("oops")), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def counter():
    n = 0
    while True:
        n += 1
        yield n

ct = counter()
print([next(ct) for _ in range(5)])
print(sum(x for x in range(5)), list(x for x in "abc" if x != "b"))
genexp = (x * y for x in range(3) for y in range(3))
print(list(genexp))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_with_return():
    yield 1
    return 5
print(list(gen_with_return()))
gr = gen_with_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print(e.value, e.args)
print(type(g()).__name__, g().__name__, g().__qualname__)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), [x for x in It()], sum(It()), max(It()))
def yf():
    yield from It()
    yield from range(2)
print(list(yf()))


# Each generator keeps its own exception being handled across yields.
import sys


def g():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info()[0])
try:
    raise ValueError("outer")
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
print(next(it), sys.exc_info()[0])
def h():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
for x in h():
    try:
        raise ValueError("v")
    except ValueError as e:
        print(x, repr(e.__context__))
