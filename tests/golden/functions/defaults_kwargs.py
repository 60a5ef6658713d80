# Parameters: defaults, keywords, *args / **kwargs, keyword-only and evaluation order.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))


def collect(first, *args, sep="-", **kwargs):
    print(first, args, sep, sorted(kwargs.items()))


collect(1)
collect(1, 2, 3)
collect(1, 2, sep="+", z=26, a=1)
collect(*[7, 8], **{"k": "v"})


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))


def order(a, b):
    return a - b


print(order(b=1, a=10))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("x", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    order(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def kwonly(a, *, b=2):
    return a * b


print(kwonly(3), kwonly(3, b=5))
print(greet.__name__, (lambda: 0).__name__)
