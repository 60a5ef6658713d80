# Writes are buffered: another reader sees them after flush() or close(), not before.
import os

d = "/tmp/krait_conf_open_unclosed_flush_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "u.txt")
f = open(p, "w")
f.write("buffered")
with open(p) as r:
    print(repr(r.read()))
f.flush()
with open(p) as r:
    print(repr(r.read()))
f.write(" more")
f.close()
with open(p) as r:
    print(repr(r.read()))
os.remove(p)
os.rmdir(d)
