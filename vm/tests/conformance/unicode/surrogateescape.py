# PEP 383: undecodable bytes become U+DC80..U+DCFF and encode back to themselves.
data = b'abc\xff\xfe\x80 ok \xc3\xa9'
text = data.decode('utf-8', 'surrogateescape')
print(repr(text), len(text))
print(text.encode('utf-8', 'surrogateescape') == data)
print(repr(b'\x80\xff'.decode('ascii', 'surrogateescape')), '\udc80\udcff'.encode('ascii', 'surrogateescape'))
print('\udce9'.encode('latin-1', 'surrogateescape'), repr(str(b'\xe9', 'ascii', 'surrogateescape')))
try:
    '\udc41'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    '\ud800'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
