# _lzma's objects: round trips through every container, incremental decompression with
# max_length, the check reported, filter properties, and the errors.
import _lzma
from _lzma import LZMACompressor, LZMADecompressor, LZMAError

data = b"".join(b"record %d, " % i for i in range(2500)) + bytes(range(256)) * 30


def roundtrip(c, d):
    blob = b"".join(c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000))
    blob += c.flush()
    out = d.decompress(blob)
    return out == data, d.eof, d.unused_data


print("xz", roundtrip(LZMACompressor(), LZMADecompressor()))
print("alone", roundtrip(LZMACompressor(_lzma.FORMAT_ALONE), LZMADecompressor()))
print("xz as xz", roundtrip(LZMACompressor(), LZMADecompressor(_lzma.FORMAT_XZ)))
for check in (_lzma.CHECK_NONE, _lzma.CHECK_CRC32, _lzma.CHECK_CRC64, _lzma.CHECK_SHA256):
    c = LZMACompressor(check=check)
    d = LZMADecompressor()
    before = d.check
    d.decompress(c.compress(b"x" * 100) + c.flush())
    print("check", check, before, d.check, _lzma.is_check_supported(check))
print(_lzma.is_check_supported(_lzma.CHECK_ID_MAX))
for preset in (0, 3, 9, 6 | _lzma.PRESET_EXTREME):
    print("preset", preset, roundtrip(LZMACompressor(preset=preset), LZMADecompressor()))
delta = [{"id": _lzma.FILTER_DELTA, "dist": 4}, {"id": _lzma.FILTER_LZMA2, "preset": 1}]
print("delta", roundtrip(LZMACompressor(filters=delta), LZMADecompressor()))
for last in (_lzma.FILTER_LZMA1, _lzma.FILTER_LZMA2):
    raw = [{"id": last, "dict_size": 1 << 16, "lc": 2}]
    r = roundtrip(LZMACompressor(_lzma.FORMAT_RAW, filters=raw),
                  LZMADecompressor(_lzma.FORMAT_RAW, filters=raw))
    print("raw", hex(last), r)

c = LZMACompressor()
blob = c.compress(data) + c.flush()
d = LZMADecompressor()
first = d.decompress(blob, max_length=64)
print("first", len(first), d.needs_input, d.eof)
pieces = [first]
while not d.eof:
    piece = d.decompress(b"", max_length=4096)
    assert len(piece) <= 4096
    pieces.append(piece)
print("bounded", b"".join(pieces) == data)
d = LZMADecompressor()
out = bytearray()
for i in range(0, len(blob), 3):
    out += d.decompress(blob[i:i + 3])
print("bytewise", bytes(out) == data, d.eof)
d = LZMADecompressor()
print(d.decompress(blob + b"tail") == data, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError:", e)

# Filter properties as zipfile and the .7z tools store them.
props = _lzma._encode_filter_properties({"id": _lzma.FILTER_LZMA1, "lc": 3, "pb": 2,
                                         "dict_size": 1 << 20})
print(props, sorted(_lzma._decode_filter_properties(_lzma.FILTER_LZMA1, props).items()))
for size in (4096, 1 << 20, 3 << 19, 1000000):
    p = _lzma._encode_filter_properties({"id": _lzma.FILTER_LZMA2, "dict_size": size})
    print(size, p, _lzma._decode_filter_properties(_lzma.FILTER_LZMA2, p))
print(_lzma._decode_filter_properties(_lzma.FILTER_DELTA, b"\x03"))

# Errors.
for bad in (b"not a compressed stream at all", b"\xfd7zXZ\x00garbage-garbage"):
    try:
        LZMADecompressor().decompress(bad)
    except LZMAError as e:
        print("LZMAError:", e)
try:
    LZMADecompressor(_lzma.FORMAT_XZ).decompress(b"\x5d\x00\x00\x80\x00" + b"\xff" * 20)
except LZMAError as e:
    print("LZMAError:", e)
calls = [
    lambda: LZMACompressor(format=_lzma.FORMAT_ALONE, check=_lzma.CHECK_CRC32),
    lambda: LZMACompressor(preset=6, filters=delta),
    lambda: LZMACompressor(format=_lzma.FORMAT_RAW),
    lambda: LZMACompressor(format=7),
    lambda: LZMADecompressor(format=_lzma.FORMAT_RAW),
    lambda: LZMADecompressor(format=_lzma.FORMAT_XZ, filters=delta),
    lambda: LZMADecompressor(format=_lzma.FORMAT_RAW, memlimit=1 << 20, filters=delta),
    lambda: LZMACompressor(filters=[{"id": 99}]),
    lambda: LZMACompressor(filters=[{"preset": 1}]),
    lambda: LZMACompressor(filters=[{"id": _lzma.FILTER_LZMA2, "colour": 1}]),
    lambda: LZMACompressor(filters=[1]),
    lambda: LZMACompressor(preset=10),
    lambda: LZMACompressor(check=5),
]
for call in calls:
    try:
        call()
    except (ValueError, TypeError, LZMAError) as e:
        print(type(e).__name__, e)
c = LZMACompressor()
c.flush()
for call in (c.flush, lambda: c.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print(e)
for cls in (LZMACompressor, LZMADecompressor):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)
for make in (lambda: LZMACompressor(filters=[{"id": _lzma.FILTER_LZMA2, "preset": 10}]),
             lambda: LZMACompressor(format=_lzma.FORMAT_ALONE, preset=10)):
    try:
        make()
    except LZMAError as e:
        print(e)
