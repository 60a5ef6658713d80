# open() mode strings: append, exclusive create, read/write plus, and bad modes.
import os

d = "/tmp/krait_conf_open_modes_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "m.txt")
with open(p, "x") as f:
    f.write("one\n")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(p, "a") as f:
    print(f.tell())
    f.write("two\n")
with open(p) as f:
    print(repr(f.read()))
with open(p, "r+") as f:
    print(repr(f.readline()))
    f.write("XX")
with open(p) as f:
    print(repr(f.read()))
with open(p, "w+") as f:
    print(repr(f.read()))
    f.write("fresh")
    f.seek(0)
    print(repr(f.read()))
with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
for m in ["rw", "", "rr", "bt", "q", "r+x", "U", "wtb"]:
    try:
        open(p, m)
    except ValueError as e:
        print(repr(m), type(e).__name__, e)
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}]:
    try:
        open(p, "rb", **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open(p, newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(p, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    open(5.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
