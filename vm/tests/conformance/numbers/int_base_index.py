# int()'s base: anything with __index__; only str, bytes and bytearray take one.
class MyIndexable:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value

print(int("101", base=MyIndexable(2)), int("101", MyIndexable(10)), int("z", MyIndexable(36)))
print(int("0x1f", MyIndexable(0)), int("11", True + 1))
for base in (5.5, "2", None):
    try:
        int("0", base)
    except TypeError as e:
        print(type(e).__name__, e)
for base in (1, 37, MyIndexable(1), -1, 2 ** 100):
    try:
        int("0", base)
    except ValueError as e:
        print(type(e).__name__, e)

class CustomStr(str): pass
class CustomBytes(bytes): pass
class CustomByteArray(bytearray): pass
for x in (b"100", bytearray(b"100"), CustomStr("100"), CustomBytes(b"100"), CustomByteArray(b"100")):
    print(type(x).__name__, int(x), int(x, 2))
m = memoryview(b"100")
print(int(m))
for x in (m, 100, 1.5):
    try:
        int(x, 2)
    except TypeError as e:
        print(type(e).__name__, e)
