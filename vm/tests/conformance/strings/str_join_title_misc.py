# join of one item, title() with a final sigma, sys.maxunicode.
import sys
s = "abcd"
print("".join([s]) is s, "-".join([s]) is s, "".join(("x",)))

class Sub(str):
    pass

t = Sub("abcd")
r = "".join([t])
print(r is t, type(r).__name__, r)
print("A\u03a3 \u1fa1xy".title(), "\u03a3A".title(), "a\u03a3".title(), "\u4e2da b1c".title())
print("hello world".title(), "they're bill's".title(), "\u01c6a".title())
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
