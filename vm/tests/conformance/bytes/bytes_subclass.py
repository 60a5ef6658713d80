# subclasses of bytes and bytearray keep their type; methods return the base type
class B(bytes):
    pass


class BA(bytearray):
    def total(self):
        return sum(self)


b = B(b"xy")
print(type(b).__name__, b, repr(b), isinstance(b, bytes), b == b"xy", type(b.upper()).__name__, type(b + b"z").__name__)
ba = BA(b"q")
ba.append(65)
ba += b"!"
print(type(ba).__name__, ba, ba.total(), type(ba.copy()).__name__, type(ba[0:1]).__name__)
x = b"abc"
print(bytes(x) is x, bytes(b) is b, type(bytes(b)).__name__, b"q".__getnewargs__(), B.fromhex("41"), BA.fromhex("42"))


class Tagged(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag


t = Tagged(b"xy", "t")
print(t, t.tag, len(t))
t.__init__(b"reset", "u")
print(t)
ba = bytearray(b"abc")
ba.__init__("\xe9", "latin-1")
print(ba)


class Doubled(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


print(Doubled(b"ab"), type(Doubled(b"a")).__name__)
