import os

name = "osio_truncate.tmp"
fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
os.write(fd, b"hello world")
os.ftruncate(fd, 5)
os.fsync(fd)
os.lseek(fd, 0, 0)
print(os.read(fd, 100))
os.close(fd)
os.truncate(name, 2)
with open(name, "rb") as f:
    print(f.read())
for bad in (-1,):
    try:
        os.truncate(name, bad)
    except OSError as e:
        print(type(e).__name__, e.errno)
try:
    os.truncate(name + ".missing", 0)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
os.remove(name)
