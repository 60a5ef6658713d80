# UTF-8 decoding errors and their handlers.
for data in (b'\xff', b'a\xc3', b'\xed\xa0\x80', b'\xe2\x82', b'\xf4\x90\x80\x80', b'\xc0\xaf'):
    try:
        data.decode('utf-8')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(data.decode('utf-8', 'replace')), repr(data.decode('utf-8', 'surrogateescape')),
          repr(data.decode('utf-8', 'backslashreplace')), repr(data.decode('utf-8', 'ignore')))
