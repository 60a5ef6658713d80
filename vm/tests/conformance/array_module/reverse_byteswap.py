# reverse and byteswap, for every item size.
import array
for code in 'bhiqfd':
    a = array.array(code, [1, 2, 3])
    a.reverse()
    print(code, a)
a = array.array('h', [1, 256, -2])
a.byteswap()
print(a)
a = array.array('i', [1])
a.byteswap()
print(a, a.tobytes())
b = array.array('d', [1.0])
b.byteswap()
b.byteswap()
print(b)
try:
    b.byteswap(1)
except TypeError as e:
    print('TypeError', e)
