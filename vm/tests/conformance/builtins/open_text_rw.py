# open(): writing and reading text; write returns the count; name/mode/closed/encoding.
import os

d = "/tmp/krait_conf_open_text_rw_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "a.txt")
f = open(p, "w")
print(type(f).__name__, f.name == p, f.mode, f.closed, f.encoding, f.errors)
print(f.write("hello\n"), f.write("wörld\n"), f.write(""))
print(f.writable(), f.readable(), f.seekable())
f.close()
print(f.closed)
f.close()
with open(p) as f:
    print(repr(f.read()))
with open(p, "r") as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()), repr(f.read()))
with open(p, "rt") as f:
    print(f.mode, repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    print([line for line in f])
with open(p, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(p) as f:
    print(f.readlines(3))
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
