# UTF-32 in both byte orders.
s = 'a\u20ac\U0010ffff'
for enc in ('utf-32', 'utf-32-le', 'utf-32-be'):
    data = s.encode(enc)
    print(enc, data, data.decode(enc) == s)
for data in (b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'ab'):
    try:
        data.decode('utf-32-le')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(repr(b'\x00\x00\x11\x00a\x00\x00\x00'.decode('utf-32-le', 'replace')))
try:
    '\udfff'.encode('utf-32')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
