# Bytes patterns on bytes, bytearray and memoryview subjects.
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p.findall(b'a=1 bb=22'))
m = p.search(bytearray(b'xx k=9'))
print(m.group(), m.groups(), type(m.group()).__name__, type(m.string).__name__)
m = p.match(memoryview(b'z=3'))
print(m.group(1), m.span())
print(re.sub(rb'\d', b'#', b'a1b2'), re.subn(b'a', rb'\g<0>\g<0>', b'banana'))
print(re.split(rb'\s+', b'a  b\tc'))
print(re.match(rb'\xff+', b'\xff\xfe'), re.match(b'(?i)\xe9', b'\xc9'))
print(re.match(rb'[\x80-\xff]+', bytes(range(250, 256))).span())
print(re.escape(b'a.b*c'), re.compile(b'x', re.I), re.compile(b'x', re.L).flags)
print(re.fullmatch(b'ab', b'ab'), re.compile(b'a').pattern)
