# What open() returns: the io classes CPython names, with CPython's reprs.
import io
import os

name = "io_classes_open.tmp"
with open(name, "w", encoding="utf-8") as f:
    print(type(f).__name__, type(f).__module__, isinstance(f, io.TextIOWrapper))
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(repr(f))
    f.write("text\n")

checks = [
    ("rb", io.BufferedReader),
    ("wb", io.BufferedWriter),
    ("ab", io.BufferedWriter),
    ("rb+", io.BufferedRandom),
    ("wb+", io.BufferedRandom),
]
for mode, cls in checks:
    with open(name, mode) as f:
        print(mode, type(f).__name__, isinstance(f, cls), isinstance(f, io.BufferedIOBase))
        print(repr(f))

with open(name, encoding="latin-1") as f:
    print(repr(f), f.read())
with open(name, "r+", encoding="ascii") as f:
    print(repr(f), f.mode)

# buffering=0 gives the raw file itself.
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
    print(repr(f), f.mode, f.read())
with open(name, "ab", buffering=0) as f:
    print(repr(f), f.write(b"more"))
with open(name, "rb", buffering=0) as f:
    print(f.readall())
try:
    open(name, "r", buffering=0)
except ValueError as e:
    print("ValueError", e)

fd = os.open(name, os.O_RDONLY)
with open(fd, "rb", buffering=0) as f:
    print(repr(f) == f"<_io.FileIO name={fd} mode='rb' closefd=True>", f.name == fd, f.read(4))

# A wrapper built over a buffer names what the buffer names.
with open(name, "rb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-8")
    print(repr(t), t.readline(), type(t) is io.TextIOWrapper)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="ascii")))
print(repr(io.BufferedReader(io.BytesIO())))


class Mine(io.BufferedReader):
    pass


print(repr(Mine(io.BytesIO())))
os.remove(name)

# The classes are io's, and the standard streams are instances of them.
import sys
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout.buffer, io.BufferedWriter))
print(isinstance(sys.stdin.buffer, io.BufferedReader), isinstance(sys.stderr, io.TextIOBase))
print(io.TextIOWrapper.__module__, io.BufferedReader.__module__, io.FileIO.__module__)
print([c.__name__ for c in (io.TextIOWrapper, io.BufferedReader, io.BufferedWriter,
                            io.BufferedRandom, io.BufferedRWPair, io.FileIO, io.BytesIO,
                            io.StringIO)])
