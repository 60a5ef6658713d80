import io


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        chunk = self.data[self.pos:self.pos + min(len(b), 5)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


r = io.BufferedReader(Raw(b"line one\nline two\nlast"), buffer_size=4)
print(r.read(3), r.peek()[:1], r.read1(2))
print(r.readline(), r.readline(), r.readline(), r.readline())
r = io.BufferedReader(Raw(b"abcdefghij"))
b = bytearray(4)
print(r.readinto(b), b, r.read(), r.read(2))
print(list(io.BufferedReader(Raw(b"a\nb\nc"))))
try:
    io.BufferedReader(Raw(b""), buffer_size=0)
except ValueError as e:
    print(type(e).__name__, e)


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


s = Sink()
w = io.BufferedWriter(s, buffer_size=8)
print(w.write(b"abc"), w.write(b"defgh"), s.chunks)
w.write(b"ij")
w.flush()
print(s.chunks)
try:
    w.write("text")
except TypeError as e:
    print(type(e).__name__, e)
w.close()
print(w.closed, s.closed)
try:
    io.BufferedWriter(Raw(b""))
except OSError as e:
    print(type(e).__name__, e)
