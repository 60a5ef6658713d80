t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(t + (4,), t * 2, t[1:3], (1, 2) < (1, 3), (1, 2) == (1, 2))
print(tuple("ab"), tuple(), (5,) * 0)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
