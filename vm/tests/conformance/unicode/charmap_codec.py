# charmap_build / charmap_encode / charmap_decode, the machinery of the code-page codecs.
import _codecs
table = 'abc\u20ac' + '\ufffe' + 'xyz' + ''.join(map(chr, range(0x100, 0x100 + 248)))
emap = _codecs.charmap_build(table)
print(_codecs.charmap_build('aba'))
print(_codecs.charmap_encode('cab\u20acz', 'strict', emap))
print(_codecs.charmap_decode(b'\x00\x03\x07', 'strict', table))
try:
    _codecs.charmap_decode(b'\x04', 'strict', table)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    _codecs.charmap_encode('aQ', 'strict', emap)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(_codecs.charmap_encode('aQb', 'replace', {ord('a'): 1, ord('b'): b'BB', ord('?'): 63}))
print(_codecs.charmap_decode(b'\x01\x02\x09', 'replace', {1: 'one', 2: 0x263A}))
print(_codecs.charmap_encode('\xe9', 'strict'), _codecs.charmap_decode(b'\xe9'))
