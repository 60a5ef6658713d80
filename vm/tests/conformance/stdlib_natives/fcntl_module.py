# fcntl over pipes and files: descriptor and status flags, duplicates, pipe sizes,
# FIONREAD, flock/lockf, and the errors.
import fcntl
import os

r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK, fcntl.fcntl(r, fcntl.F_GETFD))
fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_NONBLOCK)
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0)
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
fcntl.fcntl(w, fcntl.F_SETFD, 0)
print(fcntl.fcntl(w, fcntl.F_GETFD))
fcntl.fcntl(w, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print(fcntl.fcntl(w, fcntl.F_GETFD))
dup = fcntl.fcntl(w, fcntl.F_DUPFD, 20)
print(dup >= 20, fcntl.fcntl(dup, fcntl.F_GETFD))
dup2 = fcntl.fcntl(w, fcntl.F_DUPFD_CLOEXEC, 30)
print(dup2 >= 30, fcntl.fcntl(dup2, fcntl.F_GETFD))
os.write(dup, b"via dup ")
os.write(dup2, b"and dup2")
os.close(dup)
os.close(dup2)
print(fcntl.ioctl(r, 0x541B, b"\0\0\0\0"))
try:
    fcntl.ioctl(r, 0x541B)  # the int argument is the C pointer: 0
except OSError as e:
    print("OSError", e.errno)
print(os.read(r, 100))
print(fcntl.fcntl(r, fcntl.F_GETPIPE_SZ), fcntl.fcntl(r, fcntl.F_SETPIPE_SZ, 16384) >= 16384)

path = "fcntl_module.tmp"
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(fd, fcntl.LOCK_UN)
    fcntl.lockf(fd, fcntl.LOCK_SH)
    fcntl.lockf(fd, fcntl.LOCK_UN)
    with open(path, "rb") as f:
        fcntl.flock(f, fcntl.LOCK_SH)
        print("locked through a file object", f.fileno() == fcntl.fcntl(f, fcntl.F_DUPFD, f.fileno()) - 1 or True)
finally:
    os.close(fd)
    os.remove(path)

for args in ((99999, fcntl.F_GETFL), ("x", fcntl.F_GETFL), (r, fcntl.F_GETFL, 1, 2), (-1, fcntl.F_GETFL)):
    try:
        fcntl.fcntl(*args)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFD, fcntl.F_SETFL, fcntl.FD_CLOEXEC)
