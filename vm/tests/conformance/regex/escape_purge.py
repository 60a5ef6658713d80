# re.escape and the compiled-pattern cache.
import re

for s in ['a.b', 'x*y+z?', '(a)[b]{c}', 'tab\there', 'plain_text123', 'é ü', '^$|\\&~#-']:
    e = re.escape(s)
    print(repr(e), re.fullmatch(e, s) is not None)
print(re.compile('cache me') is re.compile('cache me'))
print(re.compile('cache me', re.I) is re.compile('cache me'))
re.purge()
print(re.compile('cache me') == re.compile('cache me'))
