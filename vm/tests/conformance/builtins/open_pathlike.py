# open() accepts bytes paths and objects with __fspath__; other types are refused.
import os

d = "/tmp/krait_conf_open_pathlike_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "p.txt")


class P:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


with open(P(p), "w") as f:
    f.write("via fspath")
with open(p.encode()) as f:
    print(f.read())
with open(P(p)) as f:
    print(f.read(), f.name == p)
for bad in [None, 3.5, P(5)]:
    try:
        open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
