# Subclasses of StringIO, BytesIO, FileIO and the abstract bases: constructed as in CPython,
# instances of their class, with their overrides used.
import io
import os


class S(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.extra = 1


s = S("one\ntwo\n")
print(type(s).__name__, isinstance(s, io.StringIO), isinstance(s, io.TextIOBase))
print(s.readline(), s.extra, list(s))
print(repr(s).split(" object")[0])


class B(io.BytesIO):
    def getvalue(self):
        return b"<" + super().getvalue() + b">"


b = B(b"data")
print(b.read(2), b.getvalue(), isinstance(b, io.BufferedIOBase))
print(repr(b).split(" object")[0], repr(io.BytesIO()).split(" object")[0])
print(repr(io.StringIO()).split(" object")[0])

name = "io_classes_fileio.tmp"
with open(name, "wb") as f:
    f.write(b"raw bytes")


class F(io.FileIO):
    def __init__(self, path, mode="r"):
        super().__init__(path, mode)
        self.opened = True


with F(name) as f:
    print(type(f).__name__, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    print(f.opened, f.read(3), f.readall(), f.mode, f.name == name)
    print(repr(f) == f"<_io.FileIO name={name!r} mode='rb' closefd=True>")
print(repr(f))
os.remove(name)


class Counter(io.RawIOBase):
    def __init__(self):
        self.n = 0

    def readable(self):
        return True

    def readinto(self, buf):
        if self.n >= 3:
            return 0
        self.n += 1
        buf[0] = ord("a") + self.n - 1
        return 1


c = Counter()
print(c.read(), isinstance(c, io.IOBase))
print(io.BufferedReader(Counter()).read())


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Lines(["a\n", "b\n"])))
