# seek and tell in text files, and reading after writing in + modes.
import os

d = "/tmp/krait_conf_open_seek_tell_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "s.txt")
with open(p, "w") as f:
    f.write("line one\nline two\nline three\n")
    print(f.tell())
with open(p) as f:
    print(f.tell())
    f.readline()
    pos = f.tell()
    print(pos, repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.read(4)))
    print(f.seek(0, 1))
with open(p, "r+") as f:
    f.seek(5)
    f.write("ONE")
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(9), f.tell())
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
