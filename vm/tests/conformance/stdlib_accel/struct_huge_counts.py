# A format with a huge repeat count is cheap until used: a buffer of the wrong size is
# refused at once, and calcsize needs no expansion.
import _struct as struct

for fmt in [">2147483647B", "<1000000000H", "3000000000s", ">2147483647Bx"]:
    print(fmt, struct.calcsize(fmt))
    try:
        struct.unpack(fmt, b"abc")
    except struct.error as e:
        print(" ", type(e).__name__, e)
    try:
        struct.pack(fmt, 1, 2)
    except struct.error as e:
        print(" ", type(e).__name__, e)
s = struct.Struct(">3B2H")
print(s.unpack(s.pack(1, 2, 3, 4, 5)), s.size)
