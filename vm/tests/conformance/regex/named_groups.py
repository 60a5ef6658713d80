# (?P<name>...), (?P=name), groupdict, groupindex, lastgroup.
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\w*)(?P<rest>;.*)?')
m = p.match('color=red')
print(m.group('key'), m['val'], m.groupdict(), m.groupdict('?'))
print(p.groupindex['val'], sorted(p.groupindex), len(p.groupindex), p.groups)
print(m.lastgroup, m.span('val'), m.start('key'), m.end('val'))
print(re.findall(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'bye\''))
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.lastgroup, m.group('a', 'b'))
try:
    m.group('zzz')
except IndexError as e:
    print('IndexError', e)
try:
    m.group(7)
except IndexError as e:
    print('IndexError', e)
try:
    p.groupindex['new'] = 1
except TypeError as e:
    print('TypeError')
