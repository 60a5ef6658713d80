# array.tofile writes the items' bytes; fromfile reads n items and raises EOFError when
# the file runs out (keeping the whole items it read).
import array
import io

a = array.array('h', [1, 2, 3])
f = io.BytesIO()
a.tofile(f)
print(f.getvalue())
b = array.array('h')
b.fromfile(io.BytesIO(f.getvalue()), 2)
print(b)
try:
    b.fromfile(io.BytesIO(b'\x05\x00'), 3)
except EOFError as e:
    print(type(e).__name__, e)
print(b)
for bad in ((io.BytesIO(b''), -1), (io.BytesIO(b'\x01\x02\x03'), 2)):
    try:
        b.fromfile(*bad)
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)

class NotBytes:
    def read(self, n):
        return "text"
try:
    b.fromfile(NotBytes(), 1)
except TypeError as e:
    print(type(e).__name__, e)
