# Long subjects: the matcher keeps its backtracking state on the heap, so neither a long
# text nor deep repetition overflows the Rust stack.
import re

s = 'ab' * 100000
print(re.match('(a|b)*c', s))
m = re.match('(a|b)*', s)
print(m.end(), m.group(1))
print(re.match('(?:x+x+)+y', 'x' * 20) is None)
print(re.search('c', s), re.search('ba$', s + 'a').span())
print(re.fullmatch('(?:ab)+', s) is not None, re.match('.*b', s).end())
print(re.match('(?:a|b)*?$', s).end(), re.match(r'(\w)*', s).span(1))
print(re.search(r'(?<=b)a(?=b)', s).span())
t = 'é' * 50000 + 'x'
print(re.search('x', t).span(), re.match('é*', t).end())
short = 'ab' * 500
print(len(re.findall('a', short)), len(re.sub('b', '', short)), len(re.split('(b)', short)))
