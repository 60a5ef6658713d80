# _json's quoting of strs as JSON literals, ASCII-only or not.
import _json
for s in ['plain', 'q"b\\s', 'nl\n\r\t\b\f', '\x00\x1f\x7f', 'caf\u00e9', '\U0001d11e', '\u4e2d']:
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
try:
    _json.encode_basestring_ascii(1)
except TypeError as e:
    print(type(e).__name__, e)
