# bytes.maketrans and translate with a delete argument
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abc".translate(None, b"b"))
print(bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"b")[97], b"hello".translate(None, delete=b"l"))
for call in [lambda: b"abc".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
