# printf-style str formatting corner cases
print("%s|%r|%a" % ("\xe9", "\xe9", "\xe9"))
print("%5s|%-5s|%.2s|%*d|%-*d|" % ("ab", "ab", "xyz", 4, 7, 4, 7))
print("%+d % d %05d %x %#x %#o %X %e %.3g %%" % (3, 3, -3, 255, 255, 8, 255, 12345.678, 0.00012345))
print("%(a)s-%(b)03d" % {"a": "x", "b": 5})
print("%c%c" % (65, "z"), "%s" % (1,), "%s" % [1, 2], "%d" % True, "%.1f" % 2.25, "%i" % 3.9)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", 1114112), ("%c", "ab"), ("%", ()), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
