def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for _, v in zip(range(n), it):
        yield v

def squares(it):
    for v in it:
        yield v * v

print(list(squares(take(10, fib()))))
