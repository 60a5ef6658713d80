# printf-style formatting of bytes (PEP 461)
print(b"%s and %b" % (b"x", bytearray(b"y")))
print(b"%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#x" % (1, 2, 3, 4, 5, 255, 255, 8, 255))
print(b"%.2f|%e|%g|%10.3f" % (3.14159, 1234.5, 0.0001, 2.5))
print(b"%r|%a|%c|%c" % ("\xe9", "x", 65, b"z"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7}, b"100%%", b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"))
print(b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 1, 3.14159))


class B:
    def __bytes__(self):
        return b"custom"


print(b"[%s]" % B(), bytearray(b"%d") % 5)
for fmt, args in [(b"%d", "x"), (b"%s", "x"), (b"%s", 5), (b"%c", 300), (b"%x", 3.0), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", 1), (b"%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
