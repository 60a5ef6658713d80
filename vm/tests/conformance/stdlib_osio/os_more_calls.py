# os calls beyond open/read/write: hard links, ownership, fifos, device numbers, statvfs,
# positioned and gathered I/O, dup2 onto a chosen number, pipe2's flags, in-kernel copies,
# getrandom, priorities, groups and ids, system(), and their errors.
import os
import _stat

# The test harness may run this program twice at once in one process: names and the
# dup2 target differ per run.
tag = os.getrandom(2)
d = "/tmp/krait-os-more-%d-%s" % (os.getpid(), tag.hex())
high = 700 + tag[0]
os.mkdir(d)
p = d + "/a"
q = d + "/b"
fd = os.open(p, os.O_RDWR | os.O_CREAT)
os.write(fd, b"hello world")
os.link(p, q)
print(os.stat(q).st_nlink, os.pread(fd, 11, 0))
try:
    os.link(p, q)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.chown(p, -1, -1)
os.lchown(p, os.getuid(), -1)
fifo = d + "/f"
os.mkfifo(fifo)
print(_stat.S_ISFIFO(os.stat(fifo).st_mode))
print(os.major(os.makedev(8, 3)), os.minor(os.makedev(8, 3)), os.makedev(-1, 0))
v = os.statvfs(d)
print(type(v).__name__, v.f_bsize > 0, len(v), v.f_namemax, os.fstatvfs(fd).f_bsize == v.f_bsize)
print(os.pread(fd, 5, 6), os.pwrite(fd, b"W", 6), os.pread(fd, 5, 6), os.lseek(fd, 0, 1))
print(os.writev(fd, [b"ab", bytearray(b"cd")]), os.pread(fd, 20, 0))
os.fchmod(fd, 0o600)
print(oct(os.stat(p).st_mode & 0o777))
os.fchown(fd, -1, -1)
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_inheritable(r), os.get_blocking(w))
print(os.dup2(fd, high) == high, os.get_inheritable(high), os.pread(high, 4, 0))
print(os.dup2(r, high, inheritable=False) == high, os.get_inheritable(high))
os.write(w, b"xyz")
print(os.read(high, 3))
out = os.open(d + "/c", os.O_WRONLY | os.O_CREAT)
print(os.sendfile(out, fd, 0, 100), os.copy_file_range(fd, out, 4, 0, 11))
print(os.pread(os.open(d + "/c", os.O_RDONLY), 100, 0))
os.posix_fadvise(out, 0, 0, os.POSIX_FADV_NORMAL)
print(len(os.getrandom(16)), os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print(type(os.sched_getaffinity(0)).__name__, type(os.getgroups()).__name__)
print(os.getpgid(0) == os.getpgrp(), os.getresuid()[1] == os.geteuid(), len(os.getresgid()))
print(os.system("exit 3") >> 8, os.waitstatus_to_exitcode(os.system("true")))
os.sched_yield()
for f in (lambda: os.pread(fd, -1, 0), lambda: os.dup2(999, 901),
          lambda: os.chown("/nonexistent/x", 0, 0), lambda: os.pwrite(fd, b"x", -1),
          lambda: os.pipe2(1 << 20)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for fd_ in (fd, r, w, out, high):
    os.close(fd_)
for name in ("a", "b", "c", "f"):
    os.unlink(d + "/" + name)
os.rmdir(d)
