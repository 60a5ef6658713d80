# newline=: universal newlines on read, translation on write.
import os

d = "/tmp/krait_conf_open_newlines_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "n.txt")
with open(p, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())
os.remove(p)
os.rmdir(d)
