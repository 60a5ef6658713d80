# _operator._compare_digest: the constant-time comparison hmac and secrets use.
import _operator

cd = _operator._compare_digest
print(cd("abc", "abc"), cd("abc", "abd"), cd("ab", "abc"), cd("", ""))
print(cd(b"abc", b"abc"), cd(b"abc", bytearray(b"abc")), cd(b"x", b"y"))
print(cd(memoryview(b"key"), b"key"))
for a, b in [("é", "é"), (1, 2), ("abc", b"abc"), (b"abc", "abc")]:
    try:
        cd(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    cd("a")
except TypeError as e:
    print(type(e).__name__, e)
