# _struct: sizes and alignment, integer and IEEE float packing, pascal strings, errors.
import _struct as s
print(s.calcsize("i"), s.calcsize("<i"), s.calcsize("@bi"), s.calcsize("=bi"), s.calcsize("3s2h"), s.calcsize("@cq"))
print(s.pack("<ihb", 1, -2, 3), s.pack(">I", 0xdeadbeef), s.pack("@bi", 1, 2), s.pack("?x3s", True, b"abcd"))
print(s.unpack("<ihb", s.pack("<ihb", 1, -2, 3)), s.unpack(">Q", b"\x00" * 7 + b"\x05"))
for x in [1.5, -0.0, 3.141592653589793, 1e-310, float("inf"), 1e300, 65504.0, 6e-8, 0.1]:
    print(x, s.pack("<d", x).hex(), s.unpack("<d", s.pack("<d", x))[0],
          s.pack(">f", x).hex() if abs(x) < 3e38 or x == float("inf") else "-",
          s.unpack("<e", s.pack("<e", x))[0] if abs(x) < 65520 or x == float("inf") else "-")
print(s.unpack("<d", s.pack("<d", float("nan")))[0], s.pack("5p", b"hi"), s.unpack("5p", s.pack("5p", b"hi")))
for f in [lambda: s.pack("b", 200), lambda: s.pack("<q", 1 << 64), lambda: s.pack("i", "x"),
          lambda: s.unpack("i", b"12"), lambda: s.pack("ii", 1), lambda: s.calcsize("z"),
          lambda: s.pack("<f", 1e39), lambda: s.pack("c", b"ab")]:
    try: f()
    except (s.error, OverflowError) as e: print(type(e).__name__, e)
st = s.Struct("<2H"); print(st.size, st.format, list(st.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
b = bytearray(6); s.pack_into("<h", b, 2, -1); print(b, s.unpack_from("<h", b, 2))
