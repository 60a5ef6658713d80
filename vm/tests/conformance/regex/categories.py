# \d \w \s and their negations, Unicode and ASCII rules.
import re

s = 'abc 123 \u0661\u0662 é_ß\u00a0x\u2003y'
for p in [r'\d+', r'\w+', r'\s+', r'\D+', r'\W+', r'\S+']:
    print(p, re.findall(p, s), re.findall(p, s, re.A))
b = b'abc 123 \xe9_\xa0x'
for p in [rb'\d+', rb'\w+', rb'\s+', rb'\W+']:
    print(p, re.findall(p, b))
print(re.findall(r'\w+', 'x\u0300y \u00b2 \u2167'))
