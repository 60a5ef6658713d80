# operators on bytes: + * comparisons, hash, bool
print(b"a" + b"b", b"ab" * 3, 2 * b"x", b"x" * 0, b"x" * -1, b"a" + bytearray(b"b"), b"a" + memoryview(b"c"))
print(b"a" < b"b", b"ab" < b"a", b"a" <= b"a", b"b" > b"a", b"" == b"", b"a" != b"b", b"abc" == bytearray(b"abc"))
print(hash(b"abc") == hash(b"abc"), bool(b""), bool(b"\x00"), len({b"a": 1, b"a" + b"": 2}))
print(b"x" == "x", b"1" == 1)
for call in [lambda: b"a" + "a", lambda: b"a" * "x", lambda: b"a" < "a", lambda: "a" + b"a"]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
