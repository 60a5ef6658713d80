# A binary file's write takes any bytes-like object, arrays and memoryviews included.
import array
import os
path = "/tmp/krait-array-file-write-%d.bin" % os.getpid()
with open(path, "wb") as f:
    print(f.write(array.array('H', [1, 258])))
    print(f.write(memoryview(b"xyz")[1:]))
    print(f.write(bytearray(b"!")))
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
