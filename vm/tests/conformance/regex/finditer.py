# finditer yields Match objects with spans; empty-match rules.
import re

for m in re.finditer(r'\d+', 'a1b22c333'):
    print(m.span(), m.group(), m.pos, m.endpos)
print([m.span() for m in re.finditer('x*', 'axxb')])
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.group() for m in re.finditer('a|', 'bab')])
it = re.finditer('.', 'ab')
print(next(it).group(), next(it).group(), next(it, 'done'))
print([m.span() for m in re.compile('a').finditer('aaaa', 1, 3)])
