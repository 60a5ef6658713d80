# Python subclasses of the buffered classes, built with extra constructor arguments of
# their own (as tarfile's ExFileObject is), are instances of their class.
import io


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


class ExFile(io.BufferedReader):
    def __init__(self, owner, info):
        self.owner = owner
        super().__init__(Source(info), 4)


f = ExFile("tar", b"line one\nline two\nlast")
print(type(f).__name__, isinstance(f, ExFile), isinstance(f, io.BufferedReader))
print(isinstance(f, io.BufferedIOBase), f.owner, f.readable())
print(f.readline())
print(f.read(4), f.peek(1)[:1])
print(list(f))
with ExFile("x", b"abc") as g:
    print(g.read())
print(g.closed)


class Writer(io.BufferedWriter):
    pass


sink = io.BytesIO()
w = Writer(sink, buffer_size=8)
w.write(b"abc")
print(sink.getvalue())
w.write(b"0123456789")
w.flush()
print(sink.getvalue(), isinstance(w, io.BufferedWriter), type(w).__name__)
print(repr(w)[:7])


class Both(io.BufferedRandom):
    pass


r = Both(io.BytesIO(b"hello world"))
print(r.read(5), r.tell())
r.write(b"!")
r.seek(0)
print(r.read(), isinstance(r, io.BufferedRandom))


class Pair(io.BufferedRWPair):
    pass


p = Pair(io.BytesIO(b"in"), io.BytesIO())
print(p.read(), isinstance(p, io.BufferedRWPair), p.readable(), p.writable())


class Base(io.BufferedReader):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.made_by_new = True
        return self


b = Base(io.BytesIO(b"z"))
print(b.made_by_new, b.read(), type(b).__name__)
