# A memoryview of an array.array sees the array's items in its typecode's format.
import array

a = array.array('i', [1, -2, 300])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly)
print(m.tolist(), m[0], m[-1], list(m[1:]))
m[1] = 42
print(a)
m[0:2] = array.array('i', [7, 8])
try:
    m[0:1] = b'abcd'
except ValueError as e:
    print(type(e).__name__, e)
m[1:3] = memoryview(array.array('i', [9, 10]))
print(a, m.tobytes() == a.tobytes())
print(m.cast('B').tolist()[:4])

d = memoryview(array.array('d', [0.5, 1.5]))
print(d.format, d.tolist())
print(memoryview(array.array('B', [1, 2, 3])) == bytes([1, 2, 3]))
print(memoryview(array.array('h', [1, 2])) == array.array('h', [1, 2]))
print(memoryview(array.array('h', [1, 2])) == array.array('h', [1, 3]))

u = memoryview(array.array('u', 'ab'))
print(u.format, u.itemsize, u.nbytes)
for op in (lambda: u.tolist(), lambda: u[0]):
    try:
        op()
    except NotImplementedError as e:
        print(type(e).__name__, e)
try:
    m[0] = 2 ** 40
except ValueError as e:
    print(type(e).__name__, e)
