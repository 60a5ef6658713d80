# Pattern attributes, repr, equality, hashing and copying.
import copy
import re

p = re.compile(r'(?P<x>a)(b)', re.I | re.M)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), repr(p))
print(repr(re.compile('a')), repr(re.compile('a', re.S | re.X)), repr(re.compile(b'a', re.A)))
print(repr(re.compile('(?i)a')), repr(re.compile('a', re.A)), repr(re.compile("it's")))
print(p == re.compile(r'(?P<x>a)(b)', re.I | re.M), p == re.compile(r'(?P<x>a)(b)'), p != 5)
print(hash(p) == hash(re.compile(r'(?P<x>a)(b)', re.I | re.M)))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
print(re.compile('a') == re.compile(b'a'))
