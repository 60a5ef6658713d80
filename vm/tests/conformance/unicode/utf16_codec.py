# UTF-16 in both byte orders, with and without a byte order mark.
s = 'h\u00e9\u20ac\U0001f600'
for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf_16', 'UTF16'):
    data = s.encode(enc)
    print(enc, data, data.decode(enc) == s)
print(b'\xfe\xff\x00a'.decode('utf-16'), b'\xff\xfea\x00'.decode('utf-16'), b'a\x00'.decode('utf-16'))
for data in (b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc', b'a', b'a\x00b'):
    try:
        data.decode('utf-16-le')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(repr(b'\x00\xdca\x00'.decode('utf-16-le', 'replace')), repr(b'a\x00b'.decode('utf-16-le', 'ignore')))
