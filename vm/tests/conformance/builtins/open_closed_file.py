# Operations on closed or wrongly opened files.
import io
import os

d = "/tmp/krait_conf_open_closed_file_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "c.txt")
f = open(p, "w")
f.write("x")
try:
    f.read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
for op in [lambda: f.write("y"), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0),
           lambda: f.flush(), lambda: f.readline(), lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print(type(e).__name__, e)
g = open(p)
try:
    g.write("z")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    g.seek(1, 1)
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    g.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
g.close()
os.remove(p)
os.rmdir(d)
