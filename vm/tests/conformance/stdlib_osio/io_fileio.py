import io, os

d = "osio_fileio.dir"
os.mkdir(d)
p = os.path.join(d, "data.bin")
with io.FileIO(p, "w") as f:
    print(f.mode, f.closefd, f.writable(), f.readable(), f.seekable())
    print(f.write(b"hello "), f.write(bytearray(b"world")))
    print(f.tell())
print(f.closed)
f = io.FileIO(p)
print(f.mode, f.name == p, f.read(5), f.read(), f.read())
f.seek(0)
b = bytearray(4)
print(f.readinto(b), b)
print(f.readall())
try:
    f.write(b"x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
f.close()
f.close()
print(repr(f))
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with io.FileIO(p, "a+") as f:
    print(f.mode, f.tell())
    f.write(b"!")
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.tell())
with io.FileIO(p, "r+") as f:
    print(f.mode, f.read())
with open(p, "rb") as g:
    fd = g.fileno()
    f = io.FileIO(fd, "r", closefd=False)
    print(f.fileno() == fd, f.read())
    f.close()
    print(g.closed)
for args in [(p, "rw"), (p, "q"), (p, "rr"), (p, ""), (-1,), (1.5,)]:
    try:
        io.FileIO(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    io.FileIO(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    io.FileIO(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    io.FileIO(p, "r", closefd=False)
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(io.FileIO, io.RawIOBase), isinstance(io.FileIO(p), io.IOBase))
class Stream:
    pass
io.RawIOBase.register(Stream)
print(isinstance(Stream(), io.IOBase), isinstance(Stream(), io.RawIOBase))
os.remove(p)
os.rmdir(d)
