# Numbered backreferences, case-insensitive ones, and unmatched groups.
import re

print(re.search(r'(\w)\1', 'abccd').group())
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat down'))
print(re.match(r'(a)|b\1', 'b'))
print(re.match(r'(?i)(ab)\1', 'abAB'))
print(re.match(r'(a*)b\1', 'aabaa').group(), re.search(r'(a*)b\1', 'aaba').group())
print(re.sub(r'(\d)(\d)', r'\2\1', '1234'))
p = '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11'
print(re.match(p, 'abcdefghijkk').group())
print(re.match(r'(a)\01', 'a\x01'), re.match(r'(a)\1\011', 'aa\t').group())
