"""Krait's linecache: the lines of source files, read once and kept.

`cache` maps a file name to `(size, mtime, lines, fullname)`, or to a one-element tuple
holding a function that gives the source (a lazy entry made by `lazycache`).
"""
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename` with its newline, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All the lines of `filename`, read now if not cached."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    stat = getattr(os, "stat", None)
    if stat is None:
        # Without os.stat: a file that opens exists; size and time are unknown.
        with open(path, "rb"):
            pass
        return None
    return stat(path)


def checkcache(filename=None):
    """Drops cached files that changed on disk (or vanished)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = _stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if st is not None and (size != st.st_size or mtime != st.st_mtime):
            cache.pop(name, None)


def _from_loader(filename, module_globals):
    if not lazycache(filename, module_globals):
        return None
    try:
        data = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if data is None:
        return None
    lines = [line + "\n" for line in data.splitlines()]
    cache[filename] = (len(data), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Reads `filename` again (searching sys.path for a relative name) and caches it."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        st = _stat(fullname)
    except (OSError, TypeError, ValueError):
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if filename.startswith("/"):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = dirname.rstrip("/") + "/" + filename if dirname else filename
            try:
                st = _stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with open(fullname, encoding="utf-8") as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size = st.st_size if st is not None else None
    mtime = st.st_mtime if st is not None else None
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remembers how to get `filename`'s source from its module's loader; True if it can."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if module_globals and "__name__" in module_globals:
        name = module_globals["__name__"]
        loader = module_globals.get("__loader__")
        spec = module_globals.get("__spec__")
        if loader is None and spec is not None:
            loader = getattr(spec, "loader", None)
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
