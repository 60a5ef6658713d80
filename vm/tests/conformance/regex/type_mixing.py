# TypeErrors for mixing str and bytes, and bad argument types.
import re

for pat, subj in [('a', b'a'), (b'a', 'a'), ('a', 5), (b'a', None), ('a', bytearray(b'a'))]:
    try:
        print(re.search(pat, subj))
    except TypeError as e:
        print('TypeError', e)
for pat in [5, None, ['a']]:
    try:
        re.compile(pat)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')) is re.compile('a'))
