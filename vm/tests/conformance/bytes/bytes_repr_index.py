# bytes repr quoting, indexing gives ints, slicing gives bytes
for b in [b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\t\n\r\\\x7f\x80\xff"]:
    print(repr(b), len(b))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], type(b[0]).__name__)
print(list(b), tuple(b"ab"), bytes(reversed(b)))
for key in [5, -6, "x", 1.0]:
    try:
        b[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(str(b"x"), f"{b'y'}", "%s" % b"z", bytes(3), bytes([65, 66]), bytes(b"q"), bytes())
