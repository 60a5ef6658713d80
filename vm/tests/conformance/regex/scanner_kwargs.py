# Keyword arguments as CPython names them, and Pattern.scanner.
import re

p = re.compile(r'\d')
print(p.match(string='1'), p.search('a1', pos=1), p.findall('1a2', pos=1, endpos=3))
print(p.sub(repl='#', string='a1b2', count=1), p.subn('#', 'a1b2', count=5))
print(p.split(string='a1b2c', maxsplit=1))
print(re.sub('a', 'b', 'aa', count=1, flags=re.I), re.split('x', 'axbXc', flags=re.I))
print(re.findall('a', 'aA', flags=re.I), re.search(pattern='a', string='ba').span())
sc = re.compile(r'\d+|\s+').scanner('12 34x')
print([sc.match().group() for _ in range(3)], sc.match())
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search().span(), sc.search().span(), sc.search())
