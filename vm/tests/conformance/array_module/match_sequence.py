# A sequence pattern matches arrays and memoryviews (not bytes or bytearray).
import array
def f(w):
    match w:
        case (x, y, z):
            return x, y, z
        case _:
            return None
print(f(array.array('b', b'abc')), f(memoryview(b'abc')), f(bytearray(b'abc')), f(b'abc'))
match array.array('d', [1.0, 2.0, 3.0]):
    case [first, *rest]:
        print(first, rest)
