# unicodedata's per-character properties (Unicode 14.0.0).
import unicodedata as u
for ch in ['A', '9', '\u00bd', '\u0660', '\u00b2', '\u2163', '\u0301', '(', '\u3042', '\uff21',
           '\u00e9', '\ufb01', '\u1e9b', '\U0001d7ce', '\u2460', ' ', '\u0000']:
    print(hex(ord(ch)), u.category(ch), u.bidirectional(ch), u.combining(ch), u.mirrored(ch),
          u.east_asian_width(ch), repr(u.decomposition(ch)), u.digit(ch, None),
          u.numeric(ch, None), u.decimal(ch, None))
print(u.unidata_version)
for f, msg in [(u.digit, 'x'), (u.numeric, 'x'), (u.decimal, '\u00bd')]:
    try:
        f(msg)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
for bad in ('ab', '', 1):
    try:
        u.combining(bad)
    except TypeError as e:
        print(type(e).__name__, e)
