# open() on a descriptor: the file object owns it, os.read/os.close reach it by number.
import os

r, w = os.pipe()
os.write(w, b"first line\nsecond line\n")
os.close(w)
f = open(r, "rb")
print(f.fileno() == r, f.readline())
print(os.read(r, 6))
print(f.read())
f.close()
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
with open(w, "w") as out:
    out.write("text through a pipe\n")
with open(r) as inp:
    print(inp.read())
try:
    open(r)
except OSError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
f = open(r, "rb", closefd=False)
os.write(w, b"shared")
os.close(w)
print(f.read())
f.close()
print(os.read(r, 10))
os.close(r)
