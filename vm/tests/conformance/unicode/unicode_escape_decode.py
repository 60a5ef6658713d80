# The unicode_escape codec reads Python escapes; other bytes are Latin-1.
print(repr(b'a\\tb\\n\\x41\\u20ac\\U0001f600\\101\\N{BULLET}\\\\\\q\xe9'.decode('unicode_escape')))
print(repr(b'\\ud800\\udc00'.decode('unicode_escape')), repr(b'line\\\nnext'.decode('unicode_escape')))
for data in (b'\\x4', b'\\u12', b'\\U1234', b'\\', b'\\U00110000', b'\\N{NO SUCH NAME}', b'\\N{', b'\\N'):
    try:
        data.decode('unicode_escape')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
print(repr(b'a\\x4zb'.decode('unicode_escape', 'replace')), repr(b'a\\u12b'.decode('unicode_escape', 'ignore')))
