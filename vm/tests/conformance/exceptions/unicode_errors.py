# The UnicodeError subclasses' fields and messages.
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(str(UnicodeDecodeError("utf-8", b"abc\xff\xfe", 3, 5, "invalid data")))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(str(UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope")))
print(str(UnicodeEncodeError("ascii", "x\u20ac", 1, 2, "nope")))
print(str(UnicodeEncodeError("ascii", "x\U0001f600", 1, 2, "nope")))
e = UnicodeTranslateError("\xe9t\xe9", 0, 1, "no mapping")
print(e.object, e.start, e.end, e.reason, str(e))
print(str(UnicodeTranslateError("abc", 0, 3, "no mapping")))
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
for make in (lambda: UnicodeDecodeError("utf-8"),
             lambda: UnicodeDecodeError(1, b"", 0, 1, "r"),
             lambda: UnicodeDecodeError("utf-8", "s", 0, 1, "r"),
             lambda: UnicodeEncodeError("ascii", "s", "0", 1, "r"),
             lambda: UnicodeTranslateError("s", 0, 1)):
    try:
        make()
    except TypeError as err:
        print(type(err).__name__, err)
try:
    raise UnicodeDecodeError("utf-8", b"\x80", 0, 1, "invalid start byte")
except UnicodeError as err:
    print("caught", type(err).__name__, err)
