# _codecs' encode/decode functions return (result, consumed) and do not bind as methods.
import _codecs
print(_codecs.utf_8_encode('h\xe9'), _codecs.utf_8_decode(b'h\xc3\xa9'))
print(_codecs.latin_1_encode('\xe9'), _codecs.ascii_decode(b'abc'), _codecs.utf_16_encode('a'))
print(_codecs.unicode_escape_encode('\u20ac'), _codecs.raw_unicode_escape_decode(b'\\u20ac'))


class Writer:
    encode = _codecs.utf_8_encode
    decode = _codecs.utf_8_decode


w = Writer()
print(w.encode('\u20ac'), w.decode(b'\xe2\x82\xac', 'strict', True))
print(_codecs.utf_8_encode('x\ud800', 'surrogatepass'), _codecs.utf_8_decode(b'\xff', 'replace'))
try:
    _codecs.utf_8_encode(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
