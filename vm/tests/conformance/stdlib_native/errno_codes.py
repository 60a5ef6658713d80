# errno's names and errorcode, and the errors OSError subclasses are chosen by.
import errno

for name in ["EPERM", "ENOENT", "EINTR", "EBADF", "EAGAIN", "EWOULDBLOCK", "EACCES", "EEXIST",
             "ENOTDIR", "EISDIR", "EINVAL", "EPIPE", "ENOSYS", "ENOTEMPTY", "ETIMEDOUT",
             "ECONNREFUSED", "EDEADLK", "EDEADLOCK", "ENOTSUP", "EOPNOTSUPP"]:
    print(name, getattr(errno, name))
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], len(errno.errorcode))
print(type(OSError(errno.ENOENT, "x")).__name__, type(OSError(errno.EEXIST, "x")).__name__)
