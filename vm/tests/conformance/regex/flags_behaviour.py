# IGNORECASE, VERBOSE, ASCII and scoped inline flags.
import re

print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('[a-c]+', 'ABCxabc', re.I))
print(re.match('straße', 'STRASSE', re.I), re.match('ΣΑΣ', 'σας', re.I))
print(re.match('k', '\u212a', re.I), re.match('s', '\u017f', re.I), re.match('k', '\u212a', re.I | re.A))
print(re.match('é', 'É', re.I), re.match('é', 'É', re.I | re.A))
p = re.compile(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+) # unit
    [ ]x    # escaped space via class
''', re.X)
print(p.match('12 kg x').groups())
print(re.match(r'(?x) a b # comment', 'ab').group())
print(re.match(r'(?x)a\ b', 'a b').group(), re.match(r'(?x)[ ]', ' ').group())
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
print(re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I))
print(re.match('(?s:.)(.)', '\n\n'), re.match('(?m:^a$)\n', 'a\n'))
print(re.compile('(?i)a').flags, re.compile('(?x)a').flags, re.compile('a', re.I | re.M).flags)
print(re.compile(b'a').flags, re.compile(b'(?i)a').flags, re.compile('(?a)a').flags)
print(re.findall(r'(?a)\w+', 'naïve café'), re.findall(r'(?u)\w+', 'naïve'))
print(re.match(r'(?i)[^a]', 'A'), re.match(r'[^\W]', 'A', re.I).group())
