# Lookahead and fixed-width lookbehind, positive and negative.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc.'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc.'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 12'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.search(r'(?=(\w+))', 'hello').groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?!abc)\w+', 'abcd'), re.match(r'(?!abc)\w+', 'abd').group())
print(re.search(r'(?<!^)x', 'xax').span())
print(re.search(r'(?<=^a)b', 'ab'), re.search(r'(?<=\Ax)y', 'xy').span())
print(re.findall(r'(?<=a{2})b', 'aab ab'))
print(re.match(r'(?=a)(?!b)a', 'a'))
