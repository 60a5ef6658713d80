# Function, method and lambda docstrings, and functools.wraps carrying them over.
import functools


def documented():
    "The first statement is a string."
    return 1


def undocumented():
    x = "not a docstring"
    return x


class Shape:
    def area(self):
        """Area of the shape."""
        return 0


def twice(f):
    @functools.wraps(f)
    def wrapper(*args):
        return 2 * f(*args)
    return wrapper


@twice
def inc(n):
    "Add one."
    return n + 1


print(documented.__doc__)
print(undocumented.__doc__)
print(Shape.area.__doc__, Shape().area.__doc__)
print((lambda: "no").__doc__)
print(inc(4), inc.__name__, inc.__doc__, inc.__wrapped__(4))


def by_length(a, b):
    return len(a) - len(b)


print(sorted(["ccc", "a", "bb"], key=functools.cmp_to_key(by_length)))
