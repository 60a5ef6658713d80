# case mapping and predicates are ASCII-only on bytes
b = b"hello World \xe9\xc9 123"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"they're bill's".title(), b"ABC".capitalize())
for x in [b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t\n\x0b\x0c\r", b"", b"\xe9", b"Hello World", b"Hello world", b"a b"]:
    print(x, x.isalpha(), x.isalnum(), x.isdigit(), x.islower(), x.isupper(), x.isspace(), x.istitle(), x.isascii())
