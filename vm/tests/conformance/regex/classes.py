# Character sets: ranges, negation, escapes and categories inside brackets.
import re

print(re.findall('[a-c]+', 'abcdcba xyz'))
print(re.findall('[^a-c ]+', 'abcdcba xyz'))
print(re.findall(r'[\d.]+', 'v1.2.3 and 45'))
print(re.findall(r'[\w-]+', 'foo-bar baz_qux!'))
print(re.findall(r'[\s,]+', 'a, b  ,c'))
print(re.findall('[]a]+', ']a]b'))
print(re.findall('[a-]+', 'a-a-b'))
print(re.findall(r'[\]]', 'a]b'))
print(re.findall('[^]]+', 'ab]cd'))
print(re.findall(r'[\x41-\x43]', 'ABCD'))
print(re.findall(r'[\D]', 'a1b2'))
print(re.findall(r'[^\W\d]+', 'abc123def'))
print(re.findall('[α-ω]+', 'Γειά σου'))
print(re.findall(r'[\n\t]', 'a\tb\nc'))
print(re.findall('[.*+?]', 'a.b*c+d?'))
print(re.findall(r'[\b]', 'a\bb'))
