# bytes.fromhex skips all ASCII whitespace; ord() takes one-byte bytes and bytearrays;
# bytes and bytearray document their constructors.
print(bytes.fromhex(' 1A\n2B\t30\v\f\r'), bytearray.fromhex('ff 00'))
try:
    bytes.fromhex('1a 2')
except ValueError as e:
    print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
for bad in (b"", bytearray(b"ab")):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(bytes.__doc__.startswith("bytes("), bytearray.__doc__.startswith("bytearray("))
