# A read-only view's hash is its bytes' hash, and survives release(); a view released
# before being hashed cannot be hashed.
m = memoryview(b"abcdef")
print(hash(m) == hash(b"abcdef"))
m.release()
print(hash(m) == hash(b"abcdef"))
m = memoryview(b"abcdef")
m.release()
try:
    hash(m)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
