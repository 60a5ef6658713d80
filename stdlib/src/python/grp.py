"""The Unix group database: one `struct_group` per group (name, password field, gid,
list of member names); a lookup that finds nothing raises KeyError."""

# Krait reads the group file itself, as the C library's `files` source does.

from _ospy import _structseq

struct_group = _structseq("struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
                          module="grp")


def _entries():
    try:
        with open("/etc/group", encoding="utf-8", errors="surrogateescape") as f:
            lines = f.read().splitlines()
    except OSError:
        return
    for line in lines:
        parts = line.split(":")
        if len(parts) != 4 or line.startswith(("#", "+", "-")):
            continue
        try:
            gid = int(parts[2])
        except ValueError:
            continue
        members = [m for m in parts[3].split(",") if m]
        yield struct_group((parts[0], parts[1], gid, members))


def getgrgid(id):
    """The group whose id is `id`; KeyError if there is none."""
    if isinstance(id, float) or not hasattr(type(id), "__index__"):
        raise TypeError(f"gid should be integer, not {type(id).__name__}")
    n = id.__index__()
    if 0 <= n < 2 ** 32:
        for e in _entries():
            if e.gr_gid == n:
                return e
        raise KeyError(f"getgrgid(): gid not found: {n}")
    raise KeyError("getgrgid(): gid not found")


def getgrnam(name):
    """The group called `name`; KeyError if there is none."""
    if not isinstance(name, str):
        raise TypeError(f"getgrnam() argument must be str, not {type(name).__name__}")
    if "\0" in name:
        raise ValueError("embedded null byte")
    for e in _entries():
        if e.gr_name == name:
            return e
    raise KeyError(f"getgrnam(): name not found: {name!r}")


def getgrall():
    """Every group, as a list in the file's order."""
    return list(_entries())
