import os

name = "osio_inherit.tmp"
fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
print(os.get_inheritable(fd))
os.set_inheritable(fd, True)
print(os.get_inheritable(fd))
os.set_inheritable(fd, False)
print(os.get_inheritable(fd))
os.close(fd)
try:
    os.get_inheritable(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
old = os.umask(0o077)
print(oct(os.umask(old)))
os.remove(name)
