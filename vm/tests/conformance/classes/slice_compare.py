# Slices compare as (start, stop, step) tuples; they are unhashable.
print(slice(0, 10) == slice(0, 10), slice(0, 10) != slice(0, 10))
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 2), slice(None) == slice(None, None, None))
print(slice(1, 2) == (1, 2, None), slice(0, 10) == slice(0, 11))


class Rec:
    def __getitem__(self, i):
        return ("getitem", i)


print(Rec()[0:10] == ("getitem", slice(0, 10)))
try:
    slice(1, 2) < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
