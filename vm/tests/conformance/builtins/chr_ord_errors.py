# chr and ord, with their errors.
print(chr(65), chr(0x20AC), ord("A"), ord("€"), ord(b"a"), chr(0x10FFFF) == "\U0010ffff")
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"),
             lambda: ord(""), lambda: ord(5), lambda: ord(b"ab"), lambda: chr(1.5)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
