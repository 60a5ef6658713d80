# binascii's uu format: line length limit, backtick for zero, and decoding errors.
import binascii

for data in [b"", b"a", b"abcd", b"Cat", bytes(range(45))]:
    line = binascii.b2a_uu(data)
    print(line, binascii.b2a_uu(data, backtick=True))
    assert binascii.a2b_uu(line) == data
print(binascii.a2b_uu(b""))
print(binascii.a2b_uu("$86)C9   \n"))
print(binascii.a2b_uu(b"&86)C\n"))
for data in [b"!\x01", b"!!!!!garbage", b"!!!! ``\r\n"]:
    try:
        print(binascii.a2b_uu(data))
    except binascii.Error as e:
        print(data, "->", e)
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as e:
    print(type(e).__name__, e)
