# \b and \B.
import re

print(re.findall(r'\bcat\b', 'cat concat cat. bobcat cat'))
print(re.findall(r'\Bcat\b', 'cat concat bobcat'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.sub(r'\B', '-', 'abc de'))
print(re.search(r'\b', ''), re.search(r'\B', ''))
print(re.findall(r'\b\w', 'été à la plage'))
print(re.findall(r'\b\w', 'été à la plage', re.A))
print(re.split(r'\b', 'a b'))
