# bytes.decode with codecs, error handlers and UnicodeDecodeError messages
data = [b"plain", b"caf\xc3\xa9", b"a\xffb", b"\xe2\x28\xa1", b"\xe2\x82", b"\xf0\x9f\x98\x41", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80"]
for d in data:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(ascii(d.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
for d in [b"abc", b"a\xe9", b"\x80\x81"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(enc, ascii(d.decode(enc)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
print(b"x".decode(encoding="ascii", errors="strict"), bytearray(b"\xc3\xa9").decode())
try:
    b"x".decode("nope")
except LookupError as e:
    print(type(e).__name__, e)
print(ascii(b"\xff".decode("ascii", "replace")), str(b"\xe9", "latin-1"), str(b"ok", encoding="utf-8"))
