# Argument passing: *args / **kwargs forwarding, keyword-only and positional-only parameters.
def show(*args, **kwargs):
    return "args=" + repr(args) + " kwargs=" + repr(kwargs)


def forward(*args, **kwargs):
    return show(*args, **kwargs)


print(show())
print(show(1, 2, a=3))
print(forward(*range(3), **{"x": 1, "y": 2}))
print(show(*"ab", *[1], c=1, **{"d": 2}))


def pos_only(a, b, /, c, *, d):
    return (a, b, c, d)


print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


def defaults(a, b=2, *rest, c=3, **extra):
    return a, b, rest, c, extra


print(defaults(1), defaults(1, 5, 6, 7, c=8, z=9))
try:
    defaults(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
args = [3, 1, 2]
print(max(*args), sorted(args, key=None), print(*args, sep=":"))
