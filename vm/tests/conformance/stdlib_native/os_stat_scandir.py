# os.stat, lstat, scandir, walk and makedirs on a fresh folder.
import os

base = "/tmp/krait_os_stat_%d" % os.getpid()
os.makedirs(base + "/sub/deeper")
os.makedirs(base + "/sub", exist_ok=True)
with open(base + "/file.txt", "w") as f:
    f.write("hello")
st = os.stat(base + "/file.txt")
print(type(st).__name__, st.st_size, st.st_mode & 0o170000 == 0o100000,
      os.stat(base).st_mode & 0o170000 == 0o040000)
print(isinstance(st.st_mtime, float), st[6], len(st) >= 10)
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base))
print(entries)
for top, dirs, files in os.walk(base):
    print(top[len(base):] or ".", sorted(dirs), sorted(files))
print(os.path.getsize(base + "/file.txt"), os.path.exists(base), os.path.isdir(base + "/sub"))
try:
    os.makedirs(base + "/sub")
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    os.stat(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
os.rename(base + "/file.txt", base + "/renamed.txt")
print(sorted(os.listdir(base)))
os.remove(base + "/renamed.txt")
os.rmdir(base + "/sub/deeper")
os.rmdir(base + "/sub")
os.rmdir(base)
print(os.path.exists(base))
