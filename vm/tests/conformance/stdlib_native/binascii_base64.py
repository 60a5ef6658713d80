# binascii's base64: encoding with and without the newline, lenient and strict decoding.
import binascii

for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:40]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False))
    assert binascii.a2b_base64(enc) == data
print(binascii.a2b_base64("YWJj\nZA=="))
print(binascii.a2b_base64(b"Y W!J*j"))
print(binascii.a2b_base64(b"YQ===="))
print(binascii.a2b_base64(b"YQ==trailing"))
print(binascii.a2b_base64(b"YWJj=", strict_mode=True))

def attempt(data, **kw):
    try:
        print(data, kw, "->", binascii.a2b_base64(data, **kw))
    except binascii.Error as e:
        print(data, kw, "->", type(e).__name__, e)

for data in [b"YQ", b"YQ=", b"Y", b"YWJjZ", b"YWJjZA=", b"abcde"]:
    attempt(data)
for data in [b"=YQ==", b"YQ==YQ", b"Y!Q==", b"YQ=a=", b"YQ===", b"YWJj"]:
    attempt(data, strict_mode=True)
try:
    binascii.b2a_base64(b"", True)
except TypeError as e:
    print("TypeError", e)
try:
    binascii.b2a_base64("str")
except TypeError as e:
    print("TypeError", e)
try:
    binascii.a2b_base64(b"", b"", 1)
except TypeError as e:
    print("TypeError", e)
