# split: maxsplit, capturing groups, empty matches.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split('', 'abc'))
print(re.split(r'(a)|b', 'xaybz'))
print(re.split(',', ''), re.split(',', 'a,'), re.split('(?:,)', ',a'))
print(re.compile(' ').split('a b c', maxsplit=-1))
print(re.split(b',', b'a,b'))
