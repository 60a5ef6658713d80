# A file object nothing refers to any more has written its data: the one-line idiom
# open(p, 'w').write(s) is read back whole, while a file still held keeps its buffer.
import os

d = "/tmp/krait_conf_open_drop_flush_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "d.txt")
open(p, "w").write("one-liner")
print(open(p).read())


def append(text):
    f = open(p, "a")
    f.write(text)


append(" appended")
append(" twice")
print(open(p).read())
held = open(p, "w")
held.write("kept open")
print(repr(open(p).read()))
held.close()
print(repr(open(p).read()))
os.remove(p)
os.rmdir(d)
