# chr and ord cover the surrogate range; such a str has length 1.
for n in (0xD800, 0xDBFF, 0xDC00, 0xDFFF):
    s = chr(n)
    print(hex(ord(s)), len(s), s == chr(n), s != chr(n + 1 if n < 0xDFFF else n - 1))
print(ord(chr(0xE000)), ord(chr(0xD7FF)), ord(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
