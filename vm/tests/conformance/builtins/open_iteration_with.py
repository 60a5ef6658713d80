# Files as iterators and context managers; __exit__ closes even on an exception.
import os

d = "/tmp/krait_conf_open_iteration_with_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "i.txt")
with open(p, "w") as f:
    for i in range(5):
        print("row", i, file=f)
with open(p) as f:
    print(iter(f) is f)
    print(next(f), end="")
    for n, line in enumerate(f, 1):
        print(n, line.rstrip())
    print(next(f, "done"))
try:
    with open(p) as f:
        raise KeyError("inside")
except KeyError as e:
    print(type(e).__name__, e, f.closed)
print(list(open(p))[-1], end="")
print(sum(1 for _ in open(p)))
with open(p, "rb") as f:
    print(list(f)[:2])
os.remove(p)
os.rmdir(d)
