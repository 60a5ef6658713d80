# pack_into/unpack_from with negative offsets, array buffers, iter_unpack's length hint.
import _struct as struct
import array
buf = bytearray(10)
for call in [lambda: struct.pack_into('<I', buf, -2, 123), lambda: struct.pack_into('<B', buf, -11, 1),
             lambda: struct.unpack_from('<I', buf, -2), lambda: struct.unpack_from('<B', buf, -11),
             lambda: struct.pack_into('<I', buf, 8, 1), lambda: struct.calcsize('2\0i'),
             lambda: struct.unpack('b', 0)]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
struct.pack_into('<H', buf, -4, 0x4142)
print(buf, struct.unpack_from('<H', buf, -4))
a = array.array('b', b' ' * 6)
struct.pack_into('3s', a, 1, b'xyz')
print(a.tobytes())
it = struct.iter_unpack('>IB', bytes(range(1, 16)))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
