# The exception being handled is swapped between a generator and its resumer only when
# either side has one: each side must still see its own, including after yields with none.
import sys
def g():
    print("in g", sys.exc_info()[0])
    try:
        raise KeyError(1)
    except KeyError:
        yield 1
        print("resumed", sys.exc_info()[0])
        yield 2
    print("after", sys.exc_info()[0])
    yield 3
it = g()
print(next(it), sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    print(next(it), sys.exc_info()[0])
    print(next(it), sys.exc_info()[0])
print(sys.exc_info()[0])
def h():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
k = h()
try:
    raise TypeError
except TypeError:
    print(next(k))
print(next(k))
for x in g():
    print(x)
