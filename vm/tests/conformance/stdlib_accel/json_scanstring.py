# _json.scanstring decodes a string body: escapes and surrogate pairs
# (its decode errors are json.decoder.JSONDecodeError, and json is CPython's library).
import _json
cases = ['abc"', 'a\\nb\\t\\"q\\"\\\\\\/"', '\\u00e9\\u4e2d"rest', '\\ud834\\udd1e"', '\\ud834x"',
         'caf\u00e9 \u4e2d"', '"']
for s in cases:
    print(ascii(_json.scanstring(s, 0)))
print(_json.scanstring('xx"yy"', 3), _json.scanstring('a\x01"', 0, False))
for args in [(1, 0), ("a",)]:
    try:
        _json.scanstring(*args)
    except TypeError as e:
        print(type(e).__name__, e)
