# The raw_unicode_escape codec reads only \u and \U escapes, after an odd run of backslashes.
print(repr(b'a\\u20acb\\\\u20ac\\t\\U0001f600\xff'.decode('raw_unicode_escape')))
print(repr(b'\\ud800'.decode('raw_unicode_escape')), len(b'\\udfff'.decode('raw-unicode-escape')))
for data in (b'\\u12', b'\\U00110000'):
    try:
        data.decode('raw_unicode_escape')
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
