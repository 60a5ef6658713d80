# open(opener=...) gets the path and the os.open flags of the mode and opens the descriptor;
# a file opened from a descriptor is named by it; name can be set.
import os

path = "open_opener_and_name.tmp"
seen = []


def opener(p, flags):
    seen.append((p, oct(flags)))
    return os.open(p, flags, 0o600)


try:
    with open(path, "w", opener=opener) as f:
        f.write("first")
        print(f.name, f.mode)
    with open(path, "a+", opener=opener) as f:
        f.seek(0)
        print(f.read())
    with open(path, "rb", opener=opener) as f:
        print(f.read(), repr(f))
    with open(path, "r+b", opener=opener) as f:
        print(f.mode)
    print(seen)
    for bad in (lambda p, f: -1, lambda p, f: "3"):
        try:
            open(path, opener=bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    fd = os.open(path, os.O_RDONLY)
    f = open(fd, "rb")
    print(f.name == fd, type(f.name).__name__, repr(f) == f"<_io.BufferedReader name={fd}>")
    f.close()
finally:
    os.remove(path)
