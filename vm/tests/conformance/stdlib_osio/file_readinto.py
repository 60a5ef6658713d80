import array

name = "osio_readinto.tmp"
with open(name, "wb") as f:
    f.write(b"0123456789")
with open(name, "rb") as f:
    b = bytearray(4)
    print(f.readinto(b), b)
    m = memoryview(bytearray(3))
    print(f.readinto(m), bytes(m))
    print(f.read1(2), f.readinto(bytearray(10)), f.readinto(bytearray(5)))
with open(name) as f:
    try:
        f.readinto(bytearray(2))
    except Exception as e:
        print(type(e).__name__)
import os
os.remove(name)
