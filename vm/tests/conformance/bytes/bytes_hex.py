# hex() with separators, fromhex() and its errors
b = bytes(range(250, 256)) + b"abc"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"|", 4), b.hex(" ", 0))
print(bytearray(b"\x01\x02\x03").hex("."), b"".hex(), b"\x00".hex(":", 3))
print(bytes.fromhex("deadBEEF"), bytes.fromhex(" 01 02  ff "), bytes.fromhex(""), bytearray.fromhex("41 42"))
for s in ["zz", "a", "0g", "1 2", "abc"]:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(type(e).__name__, e)
for sep in ["::", "", "\xe9"]:
    try:
        b"ab".hex(sep)
    except ValueError as e:
        print(type(e).__name__, e)
