# The _codecs decoders keep an incomplete tail when not final.
import _codecs
print(_codecs.utf_8_decode(b'ab\xe2\x82', 'strict', False), _codecs.utf_8_decode(b'\xe2\x82\xac', 'strict', False))
print(_codecs.utf_16_le_decode(b'a\x00b', 'strict', False), _codecs.utf_16_be_decode(b'\xd8\x3d', 'strict', False))
print(_codecs.utf_16_ex_decode(b'ab', 'strict', 0, True), _codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
print(_codecs.utf_16_ex_decode(b'\xff\xfe', 'strict', 0, False), _codecs.utf_16_ex_decode(b'a', 'strict', 0, False))
print(_codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', 'strict', 0, True))
print(_codecs.utf_32_le_decode(b'a\x00\x00\x00b\x00', 'strict', False))
try:
    _codecs.utf_8_decode(b'ab\xe2\x82', 'strict', True)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
