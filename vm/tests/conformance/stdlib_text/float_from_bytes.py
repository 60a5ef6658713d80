# float() reads bytes, bytearray and memoryview as text, with CPython's error messages.
for x in [b"1.5", bytearray(b" 2 "), memoryview(b"3e1"), b"1_0", memoryview(b"12")[:1], b"-inf"]:
    print(float(x))
for x in [b"x", bytearray(b"1..2"), b"", b"1__0"]:
    try:
        float(x)
    except ValueError as e:
        print(type(e).__name__, e)


class CustomBytes(bytes):
    pass


class WithFloat(bytes):
    def __float__(self):
        return 42.0


print(float(CustomBytes(b"2.5")), float(WithFloat(b"1")))
