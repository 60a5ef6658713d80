# UTF-7 (RFC 2152) through _codecs.
import _codecs
for s in ('hello', '+', 'a+b', '\u20ac', 'a\u20acb', '\u20ac\u20ac-', '\U0001f600', 'hi\xe9.', '\xe9a', '~\\', '\ud800'):
    data = _codecs.utf_7_encode(s)[0]
    print(repr(s), data, _codecs.utf_7_decode(data)[0] == s)
for data in (b'+-', b'+AKM-', b'+AKM', b'+ZeVnLIqe-', b'+AKMAAA-', b'+2D0-', b'+3gA-'):
    print(data, repr(_codecs.utf_7_decode(data, 'strict', True)[0]))
for data in (b'+AKMx', b'+A', b'\xff', b'+!', b'+AKMA-'):
    try:
        _codecs.utf_7_decode(data, 'strict', True)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(_codecs.utf_7_decode(b'a+AKM-b+', 'strict', False), _codecs.utf_7_decode(b'+AKM', 'strict', False))
print(_codecs.utf_7_decode(b'a+AKMx', 'replace', True))
