# OSError(errno, strerror) picks the subclass for the errno.
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999):
    e = OSError(n, "message")
    print(n, type(e).__name__, e.errno, e.strerror)
print(type(OSError(2)).__name__, type(OSError("2", "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__)
print(type(OSError(2, "a", "b", None, "c", "d")).__name__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e)
