# Generators: yield, send-free iteration, yield from, generator expressions, StopIteration.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


for value in countdown(3):
    print("got", value)
gen = countdown(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


taken = []
for f in fibs():
    if f > 100:
        break
    taken.append(f)
print(taken)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3))))
print(sum(x * x for x in range(10)), list(x for x in "hey" if x != "e"))


def with_return():
    yield 1
    return "result"


def delegator():
    result = yield from with_return()
    print("delegated result:", result)
    yield 2


print(list(delegator()))
squares = (n * n for n in range(4))
print(type(squares).__name__, list(squares), list(squares))
print(next(iter([]), "default"), next(countdown(0), "empty"))
