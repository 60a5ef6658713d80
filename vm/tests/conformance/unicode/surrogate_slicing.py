# Indexing, slicing, iteration and len count each surrogate as one character.
s = 'ab\ud800cd\udfffé€\U0001f600'
print(len(s), [hex(ord(c)) for c in s])
print(repr(s[2]), repr(s[5]), repr(s[-4]), repr(s[1:6]), repr(s[::2]), repr(s[::-1]))
print(repr(s[2:3] * 2), s.index('\udfff'), s.find('c'), s.rfind('\ud800'))
print(list(reversed('\ud800x')) == ['x', '\ud800'])
long = ('é\ud800' * 100) + 'z'
print(len(long), long[199] == '\ud800', long[150] == 'é', long[-1], long.index('z'))
