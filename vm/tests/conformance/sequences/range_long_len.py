# Ranges whose length leaves 64 bits: len() overflows, the rest works.
import sys

for a, b in ((-sys.maxsize, sys.maxsize), (0, 2 * sys.maxsize)):
    x = range(a, b)
    try:
        len(x)
    except OverflowError as e:
        print("OverflowError", e)
    print(bool(x), a in x, b in x, x[0] == a, x[-1] == b - 1)
    idx = sys.maxsize + 1
    print(x[idx] == a + idx, x[idx:idx + 1][0] == a + idx)
    for i in (b - a, -(b - a) - 1):
        try:
            x[i]
        except IndexError as e:
            print("IndexError", e)
    print(x == range(a, b), x.count(a), x.index(a + 5))

print(len(range(-sys.maxsize, 0)), len(range(sys.maxsize, -sys.maxsize - 1, -sys.maxsize)))

# Bounds given through __index__, small and big.
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

big = 2 * sys.maxsize
print(list(range(I(big), I(big + 1))) == [big], list(range(I(42), I(45))))
print(list(range(I(10), I(0), I(-3))), range(I(big)) == range(big))

class IX:
    def __index__(self):
        raise RuntimeError("no index")

class IN:
    def __index__(self):
        return "nope"

for args in ((IX(),), (IN(),), (1.5,), (1, 2, 0), (I(1), I(2), I(0))):
    try:
        range(*args)
    except Exception as e:
        print(type(e).__name__, e)
