# A group inside a repeat keeps its last iteration's value.
import re

print(re.match(r'(a|b)*', 'abba').groups())
print(re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'(?:(a)|(b))*', 'ba').groups())
print(re.match(r'(\w)+', 'xyz').group(1))
print(re.match(r'((a)|b)+', 'ab').groups())
print(re.match(r'(a)*', 'b').groups(), re.match(r'(a)*', 'b').span(1))
print(re.match(r'(?:x(\d))+', 'x1x2x3').group(1))
print(re.match(r'(a?)+', 'aa').groups())
