# hash() of hashable and unhashable objects.
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
for v in [[1], {1: 2}, {1}, ([1],), bytearray(b"x") if False else [2]]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)


class Eq:
    def __eq__(self, other):
        return True


try:
    hash(Eq())
except TypeError as e:
    print(type(e).__name__, e)


class H:
    def __hash__(self):
        return 42


print(hash(H()))


class BadH:
    def __hash__(self):
        return "x"


try:
    hash(BadH())
except TypeError as e:
    print(type(e).__name__, e)
