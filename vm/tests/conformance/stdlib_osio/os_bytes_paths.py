import os

d = b"osio_bytes.dir"
os.mkdir(d)
with open(os.path.join(d, b"f\xc3\xa6.txt"), "w") as f:
    f.write("x")
os.symlink(b"f\xc3\xa6.txt", os.path.join(d, b"link"))
print(sorted(os.listdir(d)), sorted(os.listdir(d.decode())))
print(sorted((e.name, e.path) for e in os.scandir(d)))
print(os.readlink(os.path.join(d, b"link")), os.readlink(os.path.join(d.decode(), "link")))
print(os.path.join(b"a", b"b", b"/c", b"d"), os.path.basename(b"x/y"), os.path.dirname(b"x/y"))
print(os.path.commonprefix([b"abc", b"abd"]), os.path.commonprefix(["abc", "abd"]))
print(type(os.getcwdb()), os.getcwdb() == os.fsencode(os.getcwd()))
for args in [(b"a", "b"), ("a", b"b")]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print(type(e).__name__, e)
os.remove(os.path.join(d, b"link"))
os.remove(os.path.join(d, b"f\xc3\xa6.txt"))
os.rmdir(d)
