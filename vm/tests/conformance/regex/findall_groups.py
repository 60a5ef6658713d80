# findall returns the match, the one group, or tuples of groups.
import re

s = 'a=1, b=22, c='
print(re.findall(r'\w=\d*', s))
print(re.findall(r'(\w)=\d*', s))
print(re.findall(r'(\w)=(\d*)', s))
print(re.findall(r'(\w)=(\d+)?', s))
print(re.findall(r'(?:(\w)=)(?P<n>\d+)', s))
print(re.findall('', 'ab'), re.findall('a*', 'baaac'))
print(re.findall(r'(a)(b)?', 'a ab'))
print(re.compile(r'\d').findall('a1b2c3', 2), re.compile(r'\d').findall('a1b2c3', 1, 4))
print(re.findall(b'(.)(.)', b'abcd'))
