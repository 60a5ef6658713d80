import os

for f in (os.stat, os.lstat, os.listdir, os.remove, os.mkdir, os.rmdir, os.path.exists):
    try:
        print(f.__name__, f("bad\0name"))
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
try:
    os.open("bad\0name", os.O_RDONLY)
except ValueError as e:
    print(type(e).__name__, e)
print(os.path.isfile("bad\0name"), os.path.isdir("bad\0name"))
