import os

d = "osio_utime.dir"
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("x")
os.utime(p, (1000000000, 1200000000))
st = os.stat(p)
print(st.st_atime_ns, st.st_mtime_ns, int(st.st_mtime))
os.utime(p, ns=(5_000_000_123, 6_000_000_456))
st = os.stat(p)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime(p, (1.5, 2.25))
st = os.stat(p)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime(p)
print(os.stat(p).st_mtime > 1600000000)
print(os.utime in os.supports_follow_symlinks, os.utime in os.supports_fd)
for args, kw in [((p, (1, 2)), {"ns": (1, 2)}), ((p, [1, 2]), {}), ((p, (1,)), {}),
                 ((p,), {"ns": (1.0, 2)}), ((p, ("a", 2)), {})]:
    try:
        os.utime(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    os.utime(os.path.join(d, "missing"), (1, 2))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
os.remove(p)
os.rmdir(d)
