# memoryview over bytes and bytearray: indexing, slicing, attributes, tobytes, tolist
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::2][1], len(m[1:4]))
print(m.tolist(), list(m), len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.obj is ba, bytes(m[2:4]), m.hex(), m.hex(":"), m.contiguous, m[::2].contiguous, m.c_contiguous)
r = memoryview(b"xyz")
print(r.readonly, r[0], r.tobytes(), r == b"xyz", m == ba, r == memoryview(b"xyz"), r == b"xy", hash(r) == hash(b"xyz"))
print(memoryview(m).tobytes(), m.toreadonly().readonly, b"ab" + memoryview(b"cd"))
for call in [lambda: m[10], lambda: m["a"], lambda: hash(m), lambda: memoryview("abc"), lambda: memoryview(5)]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
