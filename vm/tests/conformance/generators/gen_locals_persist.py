def counter(start):
    n = start
    while n > 0:
        yield n
        n -= 1
    yield "liftoff"

a = counter(3)
b = counter(2)
print(next(a), next(b), next(a), next(b), next(a), next(b))
