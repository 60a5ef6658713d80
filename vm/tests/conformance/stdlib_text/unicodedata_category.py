import unicodedata as u
import sys
bad = 0
for cp in list(range(0, 0x3000)) + list(range(0xfff0, 0x10100)) + [0x1f600, 0xe0001, 0x10fffd, 0x20000, 0x2a6e0]:
    c = chr(cp)
    r = (u.category(c), u.bidirectional(c), u.decimal(c, None))
    print(cp, *r) if cp % 997 == 0 else None
for f in [lambda: u.category(1), lambda: u.category('ab'), lambda: u.decimal('a'), lambda: u.bidirectional(''), lambda: u.category()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(u.decimal('a', None), u.decimal('٣'), u.bidirectional('\U000e0000'), repr(u.bidirectional('\u0378')), u.category('\u0378'), u.unidata_version)
