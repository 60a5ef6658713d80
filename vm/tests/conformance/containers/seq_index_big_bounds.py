# index() bounds beyond the machine word are clamped.
import sys
for a in ([-2, -1, 0, 0, 1, 2], (-2, -1, 0, 0, 1, 2)):
    print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize))
    print(a.index(0, -10 ** 30), a.index(2, 0, 10 ** 30))
    for args in ((0, 4 * sys.maxsize, -4 * sys.maxsize), (2, 0, -10), (0, "a"), (0, 1.5)):
        try:
            a.index(*args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

class I:
    def __index__(self):
        return 3
print([0, 1, 2, 0, 1].index(0, I()))
