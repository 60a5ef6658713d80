# iter(callable, sentinel): calls until the sentinel comes back.
items = [1, 2, 3, None, 4]
it = iter(items.pop(0).__int__ if False else (lambda: items.pop(0)), None)
print(type(it).__name__, iter(it) is it)
print(list(it))
print(items)
print(list(it))
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 5)))
print(next(iter(tick, 100)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)


def boom():
    raise ValueError("from callable")


try:
    next(iter(boom, 0))
except ValueError as e:
    print(type(e).__name__, e)
print(list(iter(iter([1, 2, 3, 0, 5]).__next__, 0)))
