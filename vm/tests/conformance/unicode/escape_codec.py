# escape_encode / escape_decode: bytes as in a bytes literal.
import _codecs
print(_codecs.escape_encode(b'a\n\x00\'"\\\xff\t\r'))
print(_codecs.escape_decode(b'a\\n\\x41\\101\\t\\\\'), _codecs.escape_decode('\\x41\\x42'))
for data in (b'\\', b'\\x4', b'\\x4g'):
    try:
        _codecs.escape_decode(data)
    except ValueError as e:
        print(type(e).__name__, e)
print(_codecs.escape_decode(b'a\\x4gb', 'replace'), _codecs.escape_decode(b'a\\x4gb', 'ignore'))
