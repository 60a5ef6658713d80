# find / rfind / index / count / startswith / endswith / in on bytes
b = b"hello world"
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.find(b"o", 5), b.find(b"o", 5, 7), b.find(b"", 11), b.find(b"", 12))
print(b.index(b"w"), b.rindex(108), b.count(b"l"), b.count(108), b.count(b""), b.count(b"l", 4))
print(b.startswith(b"he"), b.startswith((b"x", b"hell")), b.endswith(b"ld", 0, 11), b.endswith(bytearray(b"wor"), 0, -2))
print(b"o w" in b, 119 in b, b"" in b, b"xyz" in b)
for call in [lambda: b.find("o"), lambda: b.index(b"z"), lambda: b.rindex(b"z"), lambda: b.count(300), lambda: "o" in b,
             lambda: 256 in b, lambda: b.startswith("h"), lambda: b.endswith((b"d", 1))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
