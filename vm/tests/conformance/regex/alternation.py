# Alternation: leftmost alternative wins, empty alternatives.
import re

print(re.match('a|ab', 'ab').group(), re.match('ab|a', 'ab').group())
print(re.findall('cat|dog|bird', 'dog cat bird fish'))
print(re.match('a|', 'b').span(), re.match('|a', 'a').span())
print(re.findall('(a|b|)', 'ab'))
print(re.search('x(?:y|z)+w', 'xyzyw').group())
print(re.match('(?:)', 'abc').span())
