# sub/subn with template strings: \1, \g<n>, \g<name>, \g<0>, escapes.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home amy@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub('a', r'\n\t\\', 'xa'), repr(re.sub('a', '\\\\n', 'a')))
print(re.sub('(a)', r'\g<1>0', 'a'), re.sub('(a)', r'\10', 'a') if False else '')
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.subn('o', '0', 'foo boo'), re.subn('o', '0', 'foo boo', count=2), re.subn('z', '', 'abc'))
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=0))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace '))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('x?', '-', 'xx'))
print(re.sub(r'(\d+)', r'\g<1>\1', 'a12b'))
print(re.sub('a', r'\0', 'a') == '\x00', re.sub('a', r'\101', 'a'))
m = re.match(r'(?P<first>\w+) (\w+)', 'Ada Lovelace')
print(m.expand(r'\2, \g<first> (\g<0>)'))
