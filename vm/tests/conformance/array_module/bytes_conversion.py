# tobytes / frombytes in native (little-endian here) order; bytes(a) reads the buffer.
import array
a = array.array('H', [1, 0x0203])
print(a.tobytes(), bytes(a), bytearray(a), len(bytes(array.array('d', [1.0]))))
a.frombytes(b'\x04\x00')
a.frombytes(bytearray(b'\x05\x00'))
print(a)
for bad in [b'\x01', 'xy']:
    try:
        a.frombytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(array.array('B', b'\xff\x00\x00'), 'big', signed=True))
print(b''.join([array.array('b', [65, 66]), b'C']))
