# iterating bytes, bytearray and memoryview yields ints
for seq in [b"ab", bytearray(b"cd"), memoryview(b"ef")]:
    print(type(seq).__name__, [x for x in seq], list(enumerate(seq)), sorted(seq, reverse=True), sum(seq), max(seq))
ba = bytearray(b"xyz")
it = iter(ba)
print(next(it))
ba.append(0x21)
print(list(it))
print(dict(zip(b"ab", b"cd")), set(b"aab") == {97, 98}, list(reversed(b"abc")), tuple(map(hex, b"\x01\xff")))
print(any(b"\x00\x00"), all(b"\x01\x02"), b"abc".index(99), list(b"") == [])
