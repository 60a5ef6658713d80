# re.error messages and positions for malformed patterns.
import re

pats = ['(', 'a)', '*', 'a**', '[a', '[z-a]', r'\p', '(?P<', '(?P<>a)', '(?P<1a>x)',
        '(?P<a>x)(?P<a>y)', '(?P=b)', '(?<x>a)', '(?Q)', '(?', '(?i', '(?z)', '(?i-:a)',
        '(?-i)', 'a(?i)', r'\1', r'(a)\2', r'(a\1)', '(?<=a+)', '(?<=a|bc)', 'a{2,1}',
        r'\x0', r'\777', r'\u12', '(?(2)a|b)', '(?(a)a|b)', '(?(1)a|b|c)',
        '(a)(?(1)a|b|c)', r'[\d-z]', '[]', '(?P', '(?P<a', '(?P=', '(?#abc', 'x{1}{2}',
        '(?x)a # b\n(', 'a|*', '(?L)a', '(?i:', '(?:', '(?<', '(?<!a*)', '(?P>a)', r'\g',
        r'[\w-a]', r'[a-\w]', '\\', '(?au)', 'a{1,2', '(?P<a>)(?P=a', r'[\z]', r'\8',
        r'(?<=\1)', 'a?+*', '(?>a', '(?i)a(?i)', '(?-i:a)(?i)', r'\U00110000', r'\N',
        r'\N{', r'[a-\x]', r'\400', 'ab\ncd\n(?P<', '+a', '?', '{1}', 'a||*']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'OK')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
