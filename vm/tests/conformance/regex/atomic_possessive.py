# Atomic groups and possessive quantifiers (new in 3.11).
import re

print(re.match(r'(?>a+)b', 'aaab'))
print(re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a++b', 'aab'), re.match(r'a++ab', 'aab'))
print(re.match(r'a*+a', 'aaa'), re.match(r'a?+a', 'a'), re.match(r'a{1,3}+a', 'aaaa').group())
print(re.match(r'(?:ab)*+ab', 'ababab'))
print(re.match(r'(?:ab)*+c', 'ababc').group())
print(re.findall(r'(?>x|xy)z', 'xyz xz'))
print(re.match(r'(?>(a)|b)c', 'ac').groups())
