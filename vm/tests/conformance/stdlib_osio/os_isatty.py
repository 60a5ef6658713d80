import os

print(os.isatty(-1))
print(os.isatty(12345))
name = "osio_isatty.tmp"
fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.isatty(fd))
os.close(fd)
os.remove(name)
try:
    os.isatty("0")
except TypeError as e:
    print(type(e).__name__)
