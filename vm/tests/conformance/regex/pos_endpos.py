# pos and endpos arguments of Pattern methods.
import re

p = re.compile(r'\w+')
print(p.match('ab cd', 3), p.match('ab cd', 2), p.search('ab cd', 1).span())
print(p.search('ab cd', endpos=1), p.match('abcd', 1, 3).group(), p.fullmatch('abcd', 1, 3).group())
print(p.match('abc', -5), p.search('abc', 10), p.search('abc', 2, 1), p.match('abc', 0, 100).group())
q = re.compile('c$')
print(q.search('abcd', 0, 3), q.search('abcd'))
m = p.search('  xyz ', pos=1, endpos=5)
print(m.pos, m.endpos, m.group(), m.string)
print(re.compile('^b').match('ab', 1), re.compile(r'\Ab').match('ab', 1))
print(re.compile(r'(?<=a)b').match('ab', 1).group())
print(p.findall('aa bb cc', 1, 5), p.split('a b c') , p.findall('abc', endpos=2))
