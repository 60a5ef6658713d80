# A 0 before the width: zeros on the right for strs, and with any explicit alignment.
print(repr("{0:08s}".format("result")), repr("{0:<08s}".format("result")))
print(repr(format("ab", "08")), repr(format("ab", "^08")), repr(format("ab", ">08")))
print(repr(format(5, "<08")), repr(format(5, "^08")), repr(format(-5, ">08")), repr(format(-5, "08")))
print(repr(format(1.5, "<08")), repr(format(5, "x<08")), repr(format("ab", "x<08")))
try:
    format("ab", "=8")
except ValueError as e:
    print(type(e).__name__, e)
