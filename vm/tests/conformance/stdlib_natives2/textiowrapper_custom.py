# io.TextIOWrapper over a buffer object written in Python: reads in chunks that split
# characters and lines, writes through write() and flush().
import io

class Chunks:
    """A read-only binary stream handing out fixed pieces."""
    closed = False
    def __init__(self, pieces):
        self.pieces = list(pieces)
    def readable(self): return True
    def writable(self): return False
    def seekable(self): return False
    def flush(self): pass
    def read(self, n=-1):
        return self.pieces.pop(0) if self.pieces else b""
    def close(self):
        self.closed = True

data = "añb€c\nline two\r\nend".encode("utf-8")
pieces = [data[i:i + 3] for i in range(0, len(data), 3)]
t = io.TextIOWrapper(Chunks(pieces), encoding="utf-8")
print([line for line in t])
t.close()
print(t.closed)

class Sink:
    closed = False
    def __init__(self):
        self.got = []
        self.flushes = 0
    def readable(self): return False
    def writable(self): return True
    def seekable(self): return False
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)
    def flush(self):
        self.flushes += 1
    def close(self):
        self.closed = True

s = Sink()
t = io.TextIOWrapper(s, encoding="utf-8", line_buffering=True)
print(t.write("ab"), s.flushes, t.write("c\n"), s.flushes > 0)
t.flush()
print(b"".join(s.got))
s = Sink()
t = io.TextIOWrapper(s, encoding="latin-1", newline="\r")
t.write("x\ny\n")
t.flush()
print(b"".join(s.got))
try:
    t.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    t.write("€")
    t.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
print(t.detach() is s)
