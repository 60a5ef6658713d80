# File object reprs, io module names, buffering/closefd/errors checks, fileno and isatty.
# (Krait's files are instances of native subclasses of io's classes, so the checks are
# isinstance and the class name rather than type identity.)
import io
import os

d = "/tmp/krait_conf_open_misc_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "m.txt")
with open(p, "w", encoding="latin-1") as f:
    print(repr(f).replace(d, "D"))
    print(isinstance(f, io.TextIOWrapper), type(f).__name__, f.isatty(), f.fileno() > 2, f.line_buffering)
with open(p, "rb") as f:
    print(repr(f).replace(d, "D"), isinstance(f, io.BufferedReader), type(f).__name__)
with open(p, "wb") as f:
    print(repr(f).replace(d, "D"), isinstance(f, io.BufferedWriter), type(f).__name__)
with open(p, "r+b") as f:
    print(repr(f).replace(d, "D"), isinstance(f, io.BufferedRandom), type(f).__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
for kw in [{"buffering": 0}, {"closefd": False}]:
    try:
        open(p, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
with open(p, "rb", buffering=0) as f:
    print(f.read())
f = open(p, "w", errors="bogus")
print(f.errors, f.write("plain ascii"))
f.close()
with open(p, "w", encoding="ascii", errors="bogus") as f:
    try:
        f.write("é")
    except LookupError as e:
        print(type(e).__name__, e)
try:
    open(p).truncate()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
with open(p, "w") as f:
    print(f.write("0123456789"), f.truncate(4), f.tell())
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
