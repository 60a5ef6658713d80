# Slice assignment: arrays of the same typecode only; plain slices resize, extended ones
# need equal lengths.
import array
a = array.array('i', [1, 2, 3, 4, 5])
a[1:3] = array.array('i', [9, 9, 9])
print(a)
a[:0] = array.array('i', [0])
print(a)
a[::2] = array.array('i', [7, 7, 7, 7])
print(a)
a[::-1] = a
print(a)
a[2:] = array.array('i')
print(a)
for v in [[1, 2], array.array('d', [1.0]), array.array('i', [1])]:
    try:
        a[::2] = v
    except Exception as e:
        print(type(e).__name__, e)
