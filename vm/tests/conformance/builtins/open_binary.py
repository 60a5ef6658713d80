# Binary files: bytes in and out, read(n), readline, seek/tell, class per mode.
import os

d = "/tmp/krait_conf_open_binary_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"abc\ndef\n\x00\xff"))
with open(p, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read(2), f.tell())
    print(f.readline(), f.tell())
    print(f.read())
    print(f.read())
    print(f.seek(1), f.read(3))
    print(f.seek(-2, 2), f.read())
    print(f.seek(0), f.readlines())
with open(p, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
with open(p, "w+b") as f:
    print(f.mode, f.read())
with open(p, "ab") as f:
    print(f.mode, f.tell())
    f.write(b"tail")
with open(p, "rb") as f:
    print(f.read())
try:
    open(p, "rb").write(b"x")
except Exception as e:
    print(type(e).__name__, e)
try:
    open(p, "wb").write("text")
except TypeError as e:
    print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
