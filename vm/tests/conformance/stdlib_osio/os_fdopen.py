import os

name = "osio_fdopen.tmp"
fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
with os.fdopen(fd, "w") as f:
    print(f.write("hello\n"))
fd = os.open(name, os.O_RDONLY)
with os.fdopen(fd, "rb") as f:
    print(f.read())
try:
    os.fdopen("x")
except TypeError as e:
    print(type(e).__name__, e)
os.remove(name)
