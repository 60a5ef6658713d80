# str methods on text holding surrogates.
s = 'ab\ud800cd\ud800'
print(repr(s.replace('\ud800', '-')), s.count('\ud800'), repr(s.split('\ud800')))
print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase()))
print(repr(s.center(10, '*')), repr(s.ljust(8, '\udfff')), repr(s.strip('\ud800a')))
print(s.startswith('ab\ud800'), s.endswith('\ud800'), s.partition('\ud800'))
print('\ud800'.isidentifier(), '\ud800'.isprintable(), '\ud800'.isalpha(), '\ud800'.isspace())
print('\ud800'.isdecimal(), '\ud800'.isalnum(), 'a\ud800'.islower(), '\ud800'.isascii())
print(repr('\ud800x'.translate({0xD800: 'Y', ord('x'): 0xDC00})), str.maketrans('\udfff', 'z'))
print(repr('\ud800'.zfill(4)), repr('\ud800\tb'.expandtabs(4)), repr('A\ud800'.casefold()))
