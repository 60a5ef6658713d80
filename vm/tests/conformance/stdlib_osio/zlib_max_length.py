import sys
import zlib

data = zlib.compress(b"hello world " * 100)
d = zlib.decompressobj()
out = d.decompress(data, sys.maxsize)
print(len(out), d.eof)
d = zlib.decompressobj()
print(len(d.decompress(data, 10)))
try:
    zlib.decompressobj().decompress(data, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    zlib.decompressobj().decompress(data, 2 ** 63)
except OverflowError as e:
    print(type(e).__name__, e)
