# printf-style formatting: keys, and operands converted through __index__ / __int__.
for fmt in ["%(foo", "%(a", "%(a)"]:
    try:
        fmt % {"a": 1}
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)

class PseudoInt:
    def __init__(self, value):
        self.value = int(value)
    def __int__(self):
        return self.value
    def __index__(self):
        return self.value

m = PseudoInt(109)
print("%x %X %o %c %d %i %u" % (m, m, m, m, m, m, m))

class OnlyInt:
    def __int__(self):
        return 12
print("%d" % OnlyInt())
for fmt in ["%x", "%c"]:
    try:
        fmt % OnlyInt()
    except TypeError as e:
        print(fmt, type(e).__name__, e)
for fmt in ["%x", "%o"]:
    try:
        fmt % 3.14
    except TypeError as e:
        print(fmt, type(e).__name__, e)
