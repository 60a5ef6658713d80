"""The Unix user account database: one `struct_passwd` per account (name, password
field, uid, gid, GECOS comment, home folder, login shell); a lookup that finds nothing
raises KeyError."""

# Krait reads the password file itself, as the C library's `files` source does; entries
# that only other name services (LDAP, NIS) know are not seen.

from _ospy import _structseq

struct_passwd = _structseq(
    "struct_passwd",
    ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"),
    module="pwd",
)


def _entries():
    try:
        with open("/etc/passwd", encoding="utf-8", errors="surrogateescape") as f:
            lines = f.read().splitlines()
    except OSError:
        return
    for line in lines:
        parts = line.split(":")
        if len(parts) != 7 or line.startswith(("#", "+", "-")):
            continue
        try:
            uid, gid = int(parts[2]), int(parts[3])
        except ValueError:
            continue
        yield struct_passwd((parts[0], parts[1], uid, gid, parts[4], parts[5], parts[6]))


def _id_arg(value, what):
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError(f"{what} should be integer, not {type(value).__name__}")
    return value.__index__()


def getpwuid(uid, /):
    """The account whose user id is `uid`; KeyError if there is none."""
    n = _id_arg(uid, "uid")
    if 0 <= n < 2 ** 32:
        for e in _entries():
            if e.pw_uid == n:
                return e
        raise KeyError(f"getpwuid(): uid not found: {n}")
    raise KeyError("getpwuid(): uid not found")


def getpwnam(name, /):
    """The account called `name`; KeyError if there is none."""
    if not isinstance(name, str):
        raise TypeError(f"getpwnam() argument must be str, not {type(name).__name__}")
    if "\0" in name:
        raise ValueError("embedded null byte")
    for e in _entries():
        if e.pw_name == name:
            return e
    raise KeyError(f"getpwnam(): name not found: {name!r}")


def getpwall():
    """Every account, as a list in the file's order."""
    return list(_entries())
