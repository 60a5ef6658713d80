# array._array_reconstructor rebuilds arrays from any of CPython's machine formats.
import array

r = array._array_reconstructor
print(r(array.array, 'H', 0, b'\x80\x7f\x00\xff'))
print(r(array.array, 'H', 2, b'\x80\x7f\x00\xff'))
print(r(array.array, 'H', 3, b'\x80\x7f\x00\xff'))
print(r(array.array, 'i', 5, b'\xff\xfe\x00\x01'))
print(r(array.array, 'L', 11, b'\x00' * 7 + b'\x01'))
print(r(array.array, 'q', 12, b'\xff' * 8))
print(r(array.array, 'd', 15, b'\x3f\x80\x00\x00'))
print(r(array.array, 'd', 16, array.array('d', [2.5]).tobytes()))
print(r(array.array, 'u', 19, b'\x00a\x00b'))
print(r(array.array, 'u', 20, b'c\x00\x00\x00'))
cases = [
    ('', 'b', 0, b''),
    (str, 'b', 0, b''),
    (array.array, 'b', '', b''),
    (array.array, 'b', 0, ''),
    (array.array, '?', 0, b''),
    (array.array, 'b', -1, b''),
    (array.array, 'b', 22, b''),
    (array.array, 'd', 16, b'a'),
    (array.array, 'b', 2, b'abc'),
    (array.array, 'i', 18, b'\x00a'),
]
for args in cases:
    try:
        print(r(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
