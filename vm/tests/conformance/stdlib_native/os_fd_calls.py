# os.open/write/lseek/read/close on a descriptor.
import os

path = "/tmp/krait_fd_%d" % os.getpid()
fd = os.open(path, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world"))
print(os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5))
os.close(fd)
for f in [lambda: os.close(fd), lambda: os.read(fd, 1)]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno)
try:
    os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.remove(path)
