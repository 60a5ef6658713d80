# Constructors of itertools classes refuse keyword arguments, except for a subclass with
# an __init__ of its own, which receives them.
import itertools as it

cases = [
    (it.chain, ([1, 2], [3, 4])),
    (it.islice, ([1, 2, 3], 1, 5)),
    (it.cycle, ([1, 2],)),
    (it.dropwhile, (bool, [0, 1])),
    (it.takewhile, (bool, [1, 0])),
    (it.filterfalse, (None, [0, 1])),
    (it.starmap, (pow, [(2, 3)])),
    (it.pairwise, ('abc',)),
]
for cls, args in cases:
    plain = type('plain', (cls,), {})

    def init(self, *args, newarg=None):
        self.newarg = newarg

    with_init = type('with_init', (cls,), {'__init__': init})
    try:
        plain(*args, newarg=3)
    except TypeError as e:
        print(cls.__name__, 'TypeError', e)
    u = with_init(*args, newarg=3)
    print(cls.__name__, type(u).__name__, u.newarg, list(it.islice(u, 3)))
