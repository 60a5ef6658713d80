# Capturing and non-capturing groups, group values and spans.
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'hello big world')
print(m.group(), m.group(1), m.group(2, 3), m.groups(), m.span(3), m.start(2), m.end(1))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.group(2))
m = re.match(r'((a)(b))', 'ab')
print(m.groups(), m.lastindex, m.regs)
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.lastindex)
m = re.match(r'(a)(b)', 'ab')
print(m.lastindex, m.lastgroup)
print(re.match('(?:ab)+', 'ababx').group())
print(re.match('()', 'x').groups(), re.match('(a*)', 'b').span(1))
