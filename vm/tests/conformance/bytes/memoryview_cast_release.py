# cast to native formats, release and the context manager
m = memoryview(b"\x01\x00\x02\x00\xff\xff\xff\xff")
print(m.cast("H").tolist(), m.cast("h").tolist(), m.cast("b").tolist(), m.cast("c").tolist()[:2], m.cast("I").tolist(), m.cast("i").tolist())
print(m.cast("Q").tolist(), m.cast("q").tolist(), m.cast("@B")[0], m.cast("H").itemsize, m.cast("H").nbytes, len(m.cast("I")))
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(bytes(8)).cast("d").tolist())
for call in [lambda: m.cast("x"), lambda: m[::2].cast("c"), lambda: memoryview(b"abc").cast("H")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
v = memoryview(bytearray(b"xy"))
v.release()
for call in [lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: v.tolist()]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as w:
    print(w[0], w.tobytes())
try:
    w[0]
except ValueError as e:
    print(type(e).__name__, e)
v.release()
print("released twice ok")
