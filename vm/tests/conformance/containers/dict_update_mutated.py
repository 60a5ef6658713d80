# A source dict changed by a key's __eq__ during update is an error.
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False

other = dict((i, 0) for i in range(1, 50))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print(type(e).__name__, e)

# Values replaced in place are fine.
class Y:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        src[5] = "changed"
        return False
src = {5: 5, Y(): 0}
dst = {Y(): 1}
dst.update(src)
print(len(dst), src[5])
