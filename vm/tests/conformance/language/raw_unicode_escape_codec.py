# The raw-unicode-escape codec: Latin-1 plus \uXXXX / \UXXXXXXXX escapes.
print('aé€😀\\u1234'.encode('raw-unicode-escape'))
print('plain'.encode('raw_unicode_escape'))
print(b'a\xe9\\u20ac\\U0001f600\\\\u1234\\x'.decode('raw-unicode-escape'))
print(str(b'\\u0041\\U00000042', 'raw_unicode_escape'))
for b in [b'\\u12', b'\\U0011ffff', b'ab\\U0000004']:
    try:
        b.decode('raw-unicode-escape')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end)
print(b'x\\u12zz'.decode('raw-unicode-escape', 'replace'))
print(b'x\\u12zz'.decode('raw-unicode-escape', 'ignore'))
text = 'mixed: é ü € 😀 \\ done'
print(text.encode('raw-unicode-escape').decode('raw-unicode-escape') == text)
