# sub with a function as the replacement.
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r'\d+', double, 'a1 b22 c333'))
print(re.subn(r'\w+', lambda m: m.group().upper(), 'one two', count=1))
seen = []
def record(m):
    seen.append((m.span(), m.group(), m.lastindex))
    return '<' + m.group() + '>'
print(re.sub(r'(x)|y', record, 'xyz'), seen)
print(re.sub('x*', lambda m: '[%s]' % m.group(), 'axxb'))
calls = [0]
def count(m):
    calls[0] += 1
    return [c for c in 'ab'][calls[0] % 2]
print(re.sub('.', count, 'hello'), calls)
def bad(m):
    return 5
try:
    re.sub('a', bad, 'a')
except TypeError as e:
    print('TypeError', e)
def boom(m):
    raise ValueError('boom at %d' % m.start())
try:
    re.sub('b', boom, 'abc')
except ValueError as e:
    print('ValueError', e)
print(re.sub(b'a', lambda m: m.group().upper(), b'banana'))
