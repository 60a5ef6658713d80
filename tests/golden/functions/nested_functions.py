# Functions defined inside functions, returned and called later.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle


print(outer(1)(2)(3))


def make_multipliers():
    def double(n):
        return n * 2

    def triple(n):
        return n * 3

    return [double, triple]


for f in make_multipliers():
    print(f.__name__, f(7))


def apply_twice(f, x):
    return f(f(x))


def add_five(n):
    return n + 5


print(apply_twice(add_five, 0), apply_twice(lambda s: s + "!", "hi"))


def walk(n):
    def helper(k, acc):
        if k == 0:
            return acc
        return helper(k - 1, acc + [k])

    return helper(n, [])


print(walk(5))
print(outer.__qualname__, outer(0).__qualname__, outer(0)(0).__qualname__)
