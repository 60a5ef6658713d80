# Bad replacement templates raise CPython's errors.
import re

for t in [r'\q', r'\g', r'\g<', r'\g<1', r'\g<>', r'\g<1a>', r'\g<3>', r'\3', 'x\\',
          r'\g<-1>', r'\400', r'\x41', r'\g<name>', r'\9', r'\g<zz']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except re.error as e:
        print('error', e, '|', e.pos, repr(e.pattern))
    except IndexError as e:
        print('IndexError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
