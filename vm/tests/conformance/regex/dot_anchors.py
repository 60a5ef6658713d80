# `.`, `^`, `$`, `\A`, `\Z` with and without MULTILINE / DOTALL.
import re

s = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', s))
print(re.findall('^\\w+', s, re.M))
print(re.findall('\\w+$', s))
print(re.findall('\\w+$', s, re.M))
print(re.findall('.', 'a\nb'))
print(re.findall('.', 'a\nb', re.S))
print(re.search('a$', 'a\n'), re.search('a\\Z', 'a\n'), re.search('\\Aa', 'ba'))
print(re.match('.*', 'ab\ncd').group(), re.match('(?s).*', 'ab\ncd').group())
print(re.search('$', 'abc').span(), re.findall('$', 'a\nb\n', re.M))
print(re.findall('^', 'a\nb\n', re.M))
print(re.search('(?m)^b', 'a\nb').span())
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('b\na', 1))
