# (?(id)yes|no) and (?(name)yes|no).
import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(s, m and m.group(2))
q = re.compile(r'(?P<q>")?\w+(?(q)")')
print([q.fullmatch(s) is not None for s in ['"a"', 'a', '"a', 'a"']])
print(re.match(r'(a)?(?(1)b)', 'c').span())
