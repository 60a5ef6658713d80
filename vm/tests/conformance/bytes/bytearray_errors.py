# bytearray method errors and reprs
print(repr(bytearray(b"it's")), repr(bytearray(b"\x00\xff\"'")), repr(bytearray()), str(bytearray(b"x")))
for call in [lambda: bytearray(b"abc").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
             lambda: bytearray(b"a").remove(b"a"), lambda: bytearray(b"a").append(300), lambda: bytearray(b"a").append(-1),
             lambda: bytearray(b"a").append("a"), lambda: bytearray(b"abc")[5], lambda: bytearray(b"a").insert(0, 300),
             lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend([300]), lambda: bytearray(b"a").extend("ab"),
             lambda: bytearray(b"a").pop("x"), lambda: bytearray("abc"), lambda: bytearray(-2)]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
