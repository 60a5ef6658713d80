# os.pipe, os.read, os.write, os.dup and os.close on the descriptors they make.
import os

r, w = os.pipe()
print(r >= 3 and w >= 3, r != w)
print(os.write(w, b"hello "), os.write(w, bytearray(b"world")), os.write(w, memoryview(b"!")))
print(os.read(r, 5), os.read(r, 100))
w2 = os.dup(w)
print(w2 not in (r, w))
os.write(w2, b"via dup")
os.close(w)
os.close(w2)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
for op in [lambda: os.close(r), lambda: os.read(r, 1), lambda: os.write(w, b"x"), lambda: os.dup(r)]:
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.write(1, "text")
except TypeError as e:
    print(type(e).__name__, e)
