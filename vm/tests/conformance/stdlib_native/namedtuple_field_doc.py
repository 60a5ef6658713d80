# A named tuple's fields document themselves and the documentation may be replaced.
from collections import namedtuple

P = namedtuple("P", "x y")
print(P.x.__doc__, P.y.__doc__)
P.x.__doc__ = "the abscissa"
print(P.x.__doc__)
p = P(1, 2)
print(p.x, p.y, p)
for action in [lambda: setattr(p, "x", 5), lambda: delattr(p, "y")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
