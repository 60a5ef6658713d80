"""Fibonacci three ways: naive recursion, a loop, and a memoising closure."""


def fib_recursive(n):
    """The definition, taken literally: exponential time."""
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_iterative(n):
    """Linear time, constant space."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def memoized(f):
    """Wraps a one-argument function with a cache kept in a closure."""
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper


@memoized
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


print("fib(30) =", fib_recursive(30))
print("first 15:", [fib_iterative(i) for i in range(15)])
print("fib(90) =", fib_memo(90))
print("fib(300) =", fib_iterative(300))
print("agree:", all(fib_iterative(i) == fib_memo(i) for i in range(90)))
