# int.to_bytes / int.from_bytes with byteorder and signed
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (2 ** 64).to_bytes(9, "big"))
print((5).to_bytes(), (5).to_bytes(3), (65).to_bytes(length=1, byteorder="little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01"), "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00" * 10 + b"\x01", "big"), int.from_bytes(b"\xff" * 9, "little", signed=True))
print(int.from_bytes(b"\x01\x00"), bool.from_bytes(b"\x01", "big"))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes(b"\x01", "middle"),
             lambda: int.from_bytes("ab", "big")]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
