# Methods that leave the bytes unchanged return the object itself only for exact bytes;
# a subclass instance gets a new exact bytes object.
class Sub(bytes):
    pass

a = b"abc"
s = Sub(b"abc")
for name, args in [("center", (3,)), ("ljust", (2,)), ("rjust", (3,)), ("zfill", (1,)),
                   ("strip", ()), ("lstrip", (b"x",)), ("removeprefix", (b"z",)),
                   ("removesuffix", (b"",)), ("__mul__", (1,))]:
    r1 = getattr(a, name)(*args)
    r2 = getattr(s, name)(*args)
    print(name, r1 is a, r2 is s, type(r2).__name__, r2)
print((a * 1) is a, (1 * a) is a, (a * 2) is a)
ba = bytearray(b"abc")
print(ba.center(3) is ba, ba.strip() is ba)
