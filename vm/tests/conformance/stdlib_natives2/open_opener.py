# open(..., opener=f): the opener gets the path and the os.open flags and returns the
# descriptor; a file's name can be replaced (tempfile sets it to the descriptor).
import os

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "open_opener.tmp")
seen = []

def opener(p, flags):
    seen.append((p == path, flags & (os.O_WRONLY | os.O_RDWR), bool(flags & os.O_CREAT),
                 bool(flags & os.O_TRUNC), bool(flags & os.O_APPEND), bool(flags & os.O_EXCL)))
    return os.open(p, flags, 0o600)

try:
    with open(path, "w", opener=opener) as f:
        f.write("one\n")
        print(f.name == path, f.mode)
    with open(path, "a", opener=opener) as f:
        f.write("two\n")
    with open(path, "r", opener=opener) as f:
        print(repr(f.read()))
    with open(path, "r+b", opener=opener) as f:
        print(f.read(3))
    try:
        open(path, "x", opener=opener)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    print(seen)
    for bad in (lambda p, fl: -1, lambda p, fl: "3"):
        try:
            open(path, opener=bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    fd = os.open(path, os.O_RDONLY)
    with open(fd) as f:
        print(f.name == fd, type(f.name).__name__, f.readline().strip())
finally:
    os.remove(path)
