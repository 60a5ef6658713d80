# Building strs keeps surrogates: +, *, join, format, f-strings, %.
a = '\ud800'
b = '\udc00'
c = a + b
print(len(c), repr(c), c == '\ud800\udc00')
print(repr('-'.join([a, b, 'x'])), repr(a * 3), repr(''.join(map(chr, range(0xDFFE, 0xE001)))))
print(repr(f'<{a}>'), repr('{}|{:>4}'.format(b, a)), repr('%s%s' % (a, b)))
print(repr(f'{a!r}'), repr(f'{ord(a):x}'), repr('%c' % 0xDC80), repr('{:c}'.format(0xDBFF)))
s = ''
for ch in (a, 'x', b):
    s += ch
print(repr(s), len(s))
