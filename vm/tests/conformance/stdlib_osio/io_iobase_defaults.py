import io


class Counter(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data) - self.pos
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def seek(self, pos, whence=0):
        if whence == 1:
            pos += self.pos
        self.pos = pos
        return pos


c = Counter(b"ab\ncd\nef")
print(c.tell(), c.readline(), c.tell(), c.readline(1), c.readline(), c.readline())
c.seek(0)
print(list(c))
c.seek(0)
b = bytearray(5)
print(c.readinto(b), b)
for name, args in [("write", (b"x",)), ("detach", ()), ("truncate", ()), ("fileno", ())]:
    try:
        getattr(c, name)(*args)
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
try:
    io.IOBase().seek(0)
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    io.IOBase().tell()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    io.TextIOBase().read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
s = io.IOBase()
s.close()
print(s.closed)
try:
    s.flush()
except ValueError as e:
    print(type(e).__name__, e)
try:
    iter(s)
except ValueError as e:
    print(type(e).__name__, e)
