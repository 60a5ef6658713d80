# __class__ can move between user subclasses of the same builtin type; a sort sees a
# class changed by a comparison.
class L1(list):
    pass

class L2(list):
    def __lt__(self, other):
        raise ValueError("L2 refuses to compare")

class D(dict):
    pass

x = L1([1, 2])
x.__class__ = L2
print(type(x).__name__, x, isinstance(x, list))
for target in (D, list, int, object):
    try:
        x.__class__ = target
    except TypeError as e:
        print("TypeError", e)

class Wacky(int):
    def __lt__(self, other):
        elem.__class__ = L2
        return int.__lt__(self, other)

items = [L1([Wacky(i), i]) for i in range(10)]
elem = items[-1]
try:
    items.sort()
except ValueError as e:
    print("ValueError", e)

class Pointless:
    def __lt__(self, other):
        return NotImplemented

for M in ([Pointless(), Pointless()], [(Pointless(),), (Pointless(),)]):
    try:
        M.sort()
    except TypeError as e:
        print("TypeError", e)
