"""The parts of `os` and `os.path` written in Python, on top of the native calls in `os`
(`_stat`, `_scandir`, `environ`, ...). `os` and `os.path` fetch these names through their
`__getattr__`; the os.path functions carry a `path_` prefix here."""

import os as _os
import sys as _sys

curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND, O_NONBLOCK = 64, 128, 256, 512, 1024, 2048
O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC = 0o200000, 0o400000, 0o2000000
error = OSError

# Which functions accept a directory descriptor, a file descriptor, or
# follow_symlinks=False: Krait's take paths only.
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()
supports_bytes_environ = True


class PathLike:
    """The abstract base of objects with a file-system path (`__fspath__`)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def _is_pathlike_instance(obj):
    return hasattr(type(obj), "__fspath__")


try:
    from abc import ABCMeta as _ABCMeta

    class PathLike(metaclass=_ABCMeta):  # noqa: F811 - the ABC version when abc allows it
        """The abstract base of objects with a file-system path (`__fspath__`)."""

        def __fspath__(self):
            raise NotImplementedError

        @classmethod
        def __subclasshook__(cls, subclass):
            if cls is PathLike:
                return hasattr(subclass, "__fspath__")
            return NotImplemented

        def __class_getitem__(cls, item):
            return cls
except Exception:
    pass

PathLike.__module__ = "os"


def fspath(path):
    """The str or bytes path of `path`: itself, or what its __fspath__ returns."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def _get_exports_list(module):
    # What `from module import *` binds: `__all__`, else the public names.
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


def getenv(key, default=None):
    return _os.environ.get(key, default)


def putenv(key, value):
    _os.environ[key] = value


def unsetenv(key):
    _os.environ.pop(key, None)


class _EnvironBytes:
    """`os.environb`: `os.environ` seen with bytes keys and values (encoded with the
    file-system encoding); changes go through to `os.environ`."""

    def _key(self, key):
        if not isinstance(key, bytes):
            raise TypeError(f"bytes expected, not {type(key).__name__}")
        return fsdecode(key)

    def __getitem__(self, key):
        try:
            return fsencode(_os.environ[self._key(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(value, bytes):
            raise TypeError(f"bytes expected, not {type(value).__name__}")
        _os.environ[self._key(key)] = fsdecode(value)

    def __delitem__(self, key):
        try:
            del _os.environ[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(k) for k in _os.environ])

    def __len__(self):
        return len(_os.environ)

    def __contains__(self, key):
        return self._key(key) in _os.environ

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return list(self)

    def items(self):
        return [(fsencode(k), fsencode(v)) for k, v in _os.environ.items()]

    def values(self):
        return [fsencode(v) for v in _os.environ.values()]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kwargs):
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        _os.environ.clear()

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        return dict(self.items()) == other

    def __repr__(self):
        return f"environ({dict(self.items())!r})"


environb = _EnvironBytes()


def getenvb(key, default=None):
    return environb.get(key, default)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_exec_path(env=None):
    if env is None:
        env = _os.environ
    return env.get("PATH", defpath).split(pathsep)


# Wait statuses as Linux encodes them: the low 7 bits are the terminating signal (0: the
# process exited, its code in the next byte; 0x7f: stopped, the signal in the next byte).
WUNTRACED, WCONTINUED = 2, 8


def WIFEXITED(status):
    return status & 0x7F == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return status & 0x7F not in (0, 0x7F)


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return status & 0xFF == 0x7F


def WSTOPSIG(status):
    return (status >> 8) & 0xFF


def WCOREDUMP(status):
    return bool(status & 0x80)


def WIFCONTINUED(status):
    return status == 0xFFFF


def waitstatus_to_exitcode(status):
    if not -0x80000000 <= status <= 0x7FFFFFFF:
        raise OverflowError("Python int too large to convert to C int")
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError(f"process stopped by delivery of signal {WSTOPSIG(status)}")
    raise ValueError(f"invalid wait status: {status}")

def _structseq(name, fields, extra=(), module="os"):
    # A tuple type whose first len(fields) items are also attributes; `extra` names
    # attributes beyond the tuple, given to the constructor in the same sequence. `pwd`
    # and `grp` make theirs here too.
    n = len(fields)

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:n])
        self._extra = seq[n:]
        return self

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{module}.{name}({inner})"

    ns = {"__new__": __new__, "__repr__": __repr__, "n_sequence_fields": n,
          "n_fields": n + len(extra), "n_unnamed_fields": 0, "__module__": module}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    for i, f in enumerate(extra):
        ns[f] = property(lambda self, i=i: self._extra[i] if i < len(self._extra) else None)
    return type(name, (tuple,), ns)


stat_result = _structseq(
    "stat_result",
    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
     "_st_atime_int", "_st_mtime_int", "_st_ctime_int"),
    ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
     "st_blksize", "st_blocks", "st_rdev"),
)
terminal_size = _structseq("terminal_size", ("columns", "lines"))
statvfs_result = _structseq(
    "statvfs_result",
    ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
     "f_favail", "f_flag", "f_namemax"),
    ("f_fsid",),
)


def statvfs(path):
    if isinstance(path, int):
        return statvfs_result(_os._fstatvfs(path))
    return statvfs_result(_os._statvfs(path))


def fstatvfs(fd):
    return statvfs_result(_os._fstatvfs(fd))


supports_fd.add(statvfs)


def _make_stat(t):
    # _stat gives ten ints-or-floats, three ns ints, then st_blksize, st_blocks and
    # st_rdev; st_atime etc. are the floats.
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct, atn, mtn, ctn, *blocks = t
    return stat_result((mode, ino, dev, nlink, uid, gid, size, int(at), int(mt), int(ct),
                        at, mt, ct, atn, mtn, ctn, *blocks))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _make_stat(_os._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _make_stat(_os._stat(path, False))


def fstat(fd):
    return _make_stat(_os._stat(fd, True))


def _index(v):
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError(
            f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    return index(v)


def _time_ns(t):
    # A time in seconds (float or integer) as nanoseconds, rounded towards minus infinity.
    if not isinstance(t, float):
        return _index(t) * 1_000_000_000
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    secs = int(t // 1)
    frac = t - secs
    return secs * 1_000_000_000 + int(frac * 1e9 // 1)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if type(times) is not tuple or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = _time_ns(times[0]), _time_ns(times[1])
    elif ns is not None:
        if type(ns) is not tuple or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        atime, mtime = _index(ns[0]), _index(ns[1])
    else:
        atime = mtime = None
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if isinstance(path, int) and not follow_symlinks:
        raise ValueError("utime: cannot use fd and follow_symlinks together")
    if not isinstance(path, int):
        path = fspath(path)
    _os._utime(path, atime, mtime, follow_symlinks)


supports_fd.add(utime)
supports_follow_symlinks.add(utime)


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


class DirEntry:
    """One entry of a directory listed by scandir."""

    __slots__ = ("name", "path", "_is_dir", "_is_file", "_is_link", "_ino")

    def __init__(self, directory, row):
        self.name, self._is_dir, self._is_file, self._is_link, self._ino = row
        if isinstance(directory, bytes):
            self.name = fsencode(self.name)
        self.path = path_join(directory, self.name)

    def is_dir(self, *, follow_symlinks=True):
        return self._is_dir if follow_symlinks or not self._is_link else False

    def is_file(self, *, follow_symlinks=True):
        return self._is_file if follow_symlinks or not self._is_link else False

    def is_symlink(self):
        return self._is_link

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._rows = iter(_os._scandir(directory))
        self._directory = directory

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._rows))

    def close(self):
        self._rows = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = [e.name for e in entries if e.is_dir()]
    nondirs = [e.name for e in entries if not e.is_dir()]
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        new = path_join(top, name)
        if followlinks or not path_islink(new):
            yield from walk(new, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path_split(name)
    if not tail:
        head, tail = path_split(head)
    if head and tail and not path_exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        _os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not path_isdir(name):
            raise


def removedirs(name):
    _os.rmdir(name)
    head, tail = path_split(name)
    if not tail:
        head, tail = path_split(head)
    while head and tail:
        try:
            _os.rmdir(head)
        except OSError:
            break
        head, tail = path_split(head)


# ---- os.path ----

path_curdir, path_pardir, path_extsep, path_sep = curdir, pardir, extsep, "/"
path_altsep, path_pathsep, path_defpath, path_devnull = altsep, pathsep, defpath, devnull
path_supports_unicode_filenames = False


def _text(p):
    p = fspath(p)
    return p, ("/" if isinstance(p, str) else b"/")


def path_join(a, *parts):
    return _os.path.join(fspath(a), *map(fspath, parts))


def path_isabs(s):
    s, sep = _text(s)
    return s.startswith(sep)


def path_normcase(s):
    return fspath(s)


def path_split(p):
    p, sep = _text(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def path_splitext(p):
    p, sep = _text(p)
    dot = "." if isinstance(p, str) else b"."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots in the file name is not an extension.
        name_start = sep_index + 1
        while name_start < dot_index:
            if p[name_start:name_start + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_start += 1
    return p, p[:0]


def path_splitdrive(p):
    p = fspath(p)
    return p[:0], p


def path_normpath(path):
    path, sep = _text(path)
    if isinstance(path, str):
        empty, dot, dotdot = "", ".", ".."
    else:
        empty, dot, dotdot = b"", b".", b".."
    if path == empty:
        return dot
    initial = len(path) - len(path.lstrip(sep))
    # POSIX keeps exactly two leading slashes, and folds three or more into one.
    initial = 2 if initial == 2 else min(initial, 1)
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * initial + sep.join(parts)
    return result or dot


def path_abspath(path):
    path = fspath(path)
    if not path_isabs(path):
        cwd = _os.getcwd() if isinstance(path, str) else fsencode(_os.getcwd())
        path = path_join(cwd, path)
    return path_normpath(path)


def path_realpath(filename, *, strict=False):
    filename = fspath(filename)
    was_bytes = isinstance(filename, bytes)
    path = fsdecode(filename)
    if not path.startswith("/"):
        path = _os.getcwd() + "/" + path
    resolved = ""
    parts = [p for p in path.split("/") if p]
    seen = 0
    while parts:
        part = parts.pop(0)
        if part == ".":
            continue
        if part == "..":
            resolved = resolved.rsplit("/", 1)[0]
            continue
        candidate = resolved + "/" + part
        if path_islink(candidate) and seen < 40:
            seen += 1
            target = _os.readlink(candidate)
            if target.startswith("/"):
                resolved = ""
            parts = [p for p in target.split("/") if p] + parts
            continue
        if strict and not path_lexists(candidate):
            raise FileNotFoundError(2, "No such file or directory", candidate)
        resolved = candidate
    resolved = resolved or "/"
    return fsencode(resolved) if was_bytes else resolved


def path_basename(p):
    return path_split(p)[1]


def path_dirname(p):
    return path_split(p)[0]


def path_exists(p):
    try:
        stat(p)
    except (OSError, ValueError):
        return False
    return True


def path_lexists(p):
    try:
        lstat(p)
    except (OSError, ValueError):
        return False
    return True


def path_isdir(p):
    try:
        return stat(p).st_mode & 0o170000 == 0o040000
    except (OSError, ValueError):
        return False


def path_isfile(p):
    try:
        return stat(p).st_mode & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def path_islink(p):
    try:
        return lstat(p).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError, AttributeError):
        return False


def path_ismount(p):
    p = path_abspath(p)
    if p == "/":
        return True
    try:
        s1 = lstat(p)
        s2 = lstat(path_join(p, ".."))
    except OSError:
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def path_getsize(p):
    return stat(p).st_size


def path_getmtime(p):
    return stat(p).st_mtime


def path_getatime(p):
    return stat(p).st_atime


def path_getctime(p):
    return stat(p).st_ctime


def path_samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def path_samefile(f1, f2):
    return path_samestat(stat(f1), stat(f2))


def path_expanduser(path):
    path = fspath(path)
    tilde = "~" if isinstance(path, str) else b"~"
    if not path.startswith(tilde):
        return path
    sep = "/" if isinstance(path, str) else b"/"
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no password database here
    home = _os.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = fsencode(home)
    return (home.rstrip(sep) + path[i:]) or sep


def path_expandvars(path):
    path = fspath(path)
    if isinstance(path, bytes):
        return fsencode(path_expandvars(fsdecode(path)))
    if "$" not in path:
        return path
    out = []
    i = 0
    while i < len(path):
        ch = path[i]
        if ch != "$":
            out.append(ch)
            i += 1
            continue
        if path.startswith("${", i):
            end = path.find("}", i)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            nxt = end + 1
        else:
            j = i + 1
            while j < len(path) and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            nxt = j
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:nxt])
        i = nxt
    return "".join(out)


def path_relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = fspath(path)
    start = curdir if start is None else fspath(start)
    start_list = [x for x in path_abspath(start).split("/") if x]
    path_list = [x for x in path_abspath(path).split("/") if x]
    common = len(path_commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - common) + path_list[common:]
    return path_join(*rel) if rel else curdir


def path_commonprefix(m):
    if not m:
        return ""
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def path_commonpath(paths):
    paths = [fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split("/") if c and c != "."] for p in paths]
    lo, hi = min(split), max(split)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = "/" if absolute.pop() else ""
    return prefix + "/".join(common)


uname_result = _structseq("uname_result", ("sysname", "nodename", "release", "version",
                                           "machine"), module="posix")
times_result = _structseq("times_result", ("user", "system", "children_user",
                                           "children_system", "elapsed"), module="posix")


def uname():
    return uname_result(_os._uname())


def times():
    return times_result(_os._times())


def closerange(fd_low, fd_high, /):
    for fd in range(fd_low, fd_high):
        try:
            _os.close(fd)
        except OSError:
            pass


def device_encoding(fd):
    """'utf-8' for a terminal (Krait's locale encoding), else None."""
    return "utf-8" if _os.isatty(fd) else None


class _wrap_close:
    """What `popen` returns: the pipe's text stream, whose close() waits for the command
    and gives its exit status (None for success)."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8 if _os.name == "posix" and code > 0 else code

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Runs `cmd` in a shell with a pipe to its stdout ('r') or stdin ('w')."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ("r", "w"):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    import io
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(proc.stdin, proc)
