# Match attributes, repr, indexing, truthiness.
import re

m = re.search(r'(\d)(x)?', 'ab1c')
print(repr(m), bool(m), m[0], m[1], m[2], m.re.pattern, m.string, m.pos, m.endpos)
print(m.regs, m.span(), m.span(2), m.lastindex, m.lastgroup)
print(repr(re.match(b'ab', b'abc')), repr(re.match('', 'x')))
print(repr(re.match("'", "'")), repr(re.match('a\n', 'a\n')))
print(type(m).__name__, isinstance(m, re.Match))
print(m.group(0, 1, 2), m.groups(0), m.start(), m.end())
try:
    m[3]
except IndexError as e:
    print('IndexError', e)
try:
    m.start('x')
except IndexError as e:
    print('IndexError', e)
class Idx:
    def __index__(self):
        return 1
print(m.group(Idx()), m[Idx()])
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
