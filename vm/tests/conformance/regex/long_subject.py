# Long subjects: the matcher keeps its backtracking state on the heap.
import re

s = 'ab' * 100000
print(re.match('(a|b)*c', s))
m = re.match('(a|b)*', s)
print(m.end(), m.group(1))
print(re.match('(?:x+x+)+y', 'x' * 20) is None)
print(len(re.findall('a', s)), len(re.sub('b', '', s)))
print(re.search('c', s), re.search('ba$', s + 'a').span())
print(re.fullmatch('(?:ab)+', s) is not None, re.match('.*b', s).end())
print(len(re.split('(b)', s)))
t = 'é' * 50000 + 'x'
print(re.search('x', t).span(), len(re.findall('é', t)))
