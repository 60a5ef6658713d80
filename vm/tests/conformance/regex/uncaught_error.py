# An uncaught re.error shows CPython's message (the traceback's frames differ, so the
# error is raised from a function of this program).
import re

def check(p):
    try:
        re.compile(p)
    except re.error as e:
        raise ValueError('bad pattern: %s' % e) from None

print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
e = re.error('msg', 'pat', 1)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
check('a[')
