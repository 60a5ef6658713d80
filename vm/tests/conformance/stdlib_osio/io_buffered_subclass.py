import io


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


class Member(io.BufferedReader):
    def __init__(self, owner, text):
        self.owner = owner
        super().__init__(Raw(text))


m = Member("archive", b"first\nsecond\n")
print(type(m).__name__, m.owner, m.readline(), m.read())
print(isinstance(m, io.BufferedReader), isinstance(m, io.BufferedIOBase))
with m:
    pass
print(m.closed)
name = "osio_subclass.tmp"
with open(name, "wb") as f:
    print(isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
with open(name, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.RawIOBase))
with open(name, "r+b") as f:
    print(isinstance(f, io.BufferedRandom))
with open(name) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.TextIOWrapper))
import os
os.remove(name)
