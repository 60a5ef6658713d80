# bytes() / bytearray() constructor forms and errors
print(bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"), bytes("hi", encoding="ascii"), bytes("h\xe9", "ascii", "replace"))
print(bytes([1, 2, 255]), bytes(range(3)), bytes(2), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(x for x in [65, 66]))
print(bytearray("x", "utf-8"), bytearray([1]), bytearray(2), bytearray(b"q"), bytearray())


class HasBytes:
    def __bytes__(self):
        return b"hb"


print(bytes(HasBytes()))
for args in [("abc",), (-1,), ([300],), ([-1],), (3.0,), ("\xe9", "ascii"), (b"x", "utf-8"), (None,), (["a"],), ("x", "nope")]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
