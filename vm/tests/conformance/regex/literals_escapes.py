# Literal characters and escapes in patterns.
import re

tests = [(r'\n', 'a\nb'), (r'\t', 'x\ty'), (r'\x41', 'zAz'), (r'\u00e9', 'caf\u00e9'),
         (r'\U0001F600', 'smile \U0001F600'), (r'\101', 'BAB'), (r'\0', 'a\0b'),
         (r'\012', 'a\nb'), (r'a\.b', 'a.b axb'), (r'\\', 'back\\slash'), (r'\a\f\v\r', '\a\f\v\r'),
         (r'\$\^\*', '$^*'), (r'\-', 'a-b'), (r'\:', 'x:y'), (r'é+', 'ééé')]
for p, s in tests:
    m = re.search(p, s)
    print(repr(p), m and (m.span(), m.group()))
