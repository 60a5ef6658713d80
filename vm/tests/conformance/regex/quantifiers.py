# Greedy and lazy quantifiers, counted repeats and literal braces.
import re

s = '<a><bb><ccc>'
print(re.findall('<.*>', s), re.findall('<.*?>', s))
print(re.match('a{3}', 'aaaa').group(), re.match('a{2,}', 'aaaa').group(), re.match('a{,2}', 'aaaa').group())
print(re.match('a{2,3}?', 'aaaa').group(), re.match('a{2,}?', 'aaaa').group())
print(re.match('a{1,2}b{,1}', 'aabb').group())
print(re.match('x{', 'x{').group(), re.match('x{a}', 'x{a}').group(), re.match('x{1,a}', 'x{1,a}').group())
print(re.match('a{,', 'a{,').group(), re.match('a{}', 'a{}').group())
print(re.match('(ab)+?', 'ababab').group(), re.match('(ab)+', 'ababab').group(1))
print(re.match('a??b', 'ab').group(), re.match('a*?b', 'aaab').group())
print(re.match(r'(\d{2}){3}', '123456').groups())
print(re.match('(?:a|b){2,4}c', 'ababc').group())
print(re.fullmatch('(a|ab)*c', 'ababac'))
print(re.match('(a*)*b', 'aab').groups(), re.match('(a*)+b', 'b').groups())
print(re.match('(a|b)*?c', 'abac').groups())
