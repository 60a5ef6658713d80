# _bz2's compressor and decompressor objects: round trips at every level, incremental
# decompression with max_length, needs_input, eof, unused_data, and the errors.
from _bz2 import BZ2Compressor, BZ2Decompressor

data = b"".join(b"line %d of the text, " % i for i in range(3000)) + bytes(range(256)) * 40

for level in (1, 5, 9):
    c = BZ2Compressor(level)
    parts = [c.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
    blob = b"".join(parts) + c.flush()
    d = BZ2Decompressor()
    print(level, blob[:4], d.decompress(blob) == data, d.eof, d.needs_input, d.unused_data)

c = BZ2Compressor()
blob = c.compress(data) + c.flush()

# Byte by byte: the decompressor asks for more until the stream ends.
d = BZ2Decompressor()
out = bytearray()
for i in range(len(blob)):
    out += d.decompress(blob[i:i + 1])
print("bytewise", bytes(out) == data, d.eof)

# max_length bounds every call's output; the input is kept until it is used.
d = BZ2Decompressor()
first = d.decompress(blob, max_length=100)
print("first", len(first), d.needs_input, d.eof)
pieces = [first]
while not d.eof:
    piece = d.decompress(b"", max_length=5000)
    assert len(piece) <= 5000
    pieces.append(piece)
print("bounded", b"".join(pieces) == data, len(pieces))
zero = BZ2Decompressor().decompress(blob, max_length=0)
print("zero", zero)

# Data after the end of the stream is unused_data; more input after that is an error.
d = BZ2Decompressor()
print(d.decompress(blob + b"trailing bytes") == data, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError:", e)

# Errors of the objects and of their arguments.
try:
    BZ2Decompressor().decompress(b"BZh9" + b"\x00" * 40)
except OSError as e:
    print(type(e).__name__, e)
for level in (0, 10, -1):
    try:
        BZ2Compressor(level)
    except ValueError as e:
        print(level, e)
try:
    BZ2Compressor("9")
except TypeError as e:
    print("TypeError")
c = BZ2Compressor()
c.flush()
for call in (lambda: c.flush(), lambda: c.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print(e)
try:
    BZ2Decompressor().decompress("text")
except TypeError as e:
    print(e)
try:
    BZ2Decompressor(1)
except TypeError as e:
    print("TypeError")

# The classes are final, and cannot be pickled.
for cls in (BZ2Compressor, BZ2Decompressor):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)
for obj in (BZ2Compressor(), BZ2Decompressor()):
    for proto in (2, 4):
        try:
            obj.__reduce_ex__(proto)
        except TypeError as e:
            print(e)
