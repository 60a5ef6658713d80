# zlib: one-shot compression and decompression for every wbits container and level.
import zlib

data = b"".join(b"line %d of some fairly repetitive text\n" % (i % 37) for i in range(2000))
for level in [-1, 0, 1, 6, 9]:
    for wbits in [15, 9, -15, -9, 31, 25]:
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, abs(wbits) if wbits > 0 and wbits < 16 else wbits)
        auto = zlib.decompress(c, 47) if wbits > 0 else back
        print(level, wbits, back == data, auto == data, len(c) < len(data) or level == 0)
c = zlib.compress(data, wbits=31)
print(c[:4], c[9] == 3, zlib.compress(b"", wbits=31)[:3])
print(zlib.decompress(zlib.compress(b"x") + b"junk"))
print(zlib.compress(b"", level=9)[:1], zlib.decompress(zlib.compress(b"")))
print(zlib.decompress(bytearray(zlib.compress(b"abc"))), zlib.decompress(memoryview(zlib.compress(b"abc"))))
