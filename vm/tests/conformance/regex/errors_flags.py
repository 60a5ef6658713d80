# Flag combinations CPython refuses, as ValueError / re.error / OverflowError.
import re

cases = [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'(?u)a', 0), ('(?L)a', 0),
         (b'\\w', re.A | re.L), ('(?a)(?u)a', 0), ('a{4294967296}', 0), ('(?au)a', 0),
         (b'(?L)a', 0), (b'(?a)a', 0), ('(?u)a', 0), ('(?a)a', 0)]
for p, f in cases:
    try:
        c = re.compile(p, f)
        print(repr(p), 'OK', c.flags)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)
