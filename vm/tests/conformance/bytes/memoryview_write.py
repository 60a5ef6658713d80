# writing through a memoryview of a bytearray
ba = bytearray(b"abcdef")
m = memoryview(ba)
m[0] = 65
m[1:3] = b"XY"
m[-1] = 0x5a
print(ba)
s = m[::2]
s[1] = 0x71
print(ba)
h = memoryview(bytearray(4)).cast("H")
h[1] = 0x0102
print(h.obj, h.tolist())
def w0(): m[0] = 300
def w1(): m[0] = b"a"
def w2(): m[1:3] = b"XYZ"
def w3(): memoryview(b"ab")[0] = 1
def w4(): del m[0]
def w5(): m.toreadonly()[0] = 1
for f in [w0, w1, w2, w3, w4, w5]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(ba)
