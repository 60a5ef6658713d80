# RegexFlag: an int subclass whose repr names the flags.
import re

print(repr(re.I), str(re.I), repr(re.I | re.M), repr(re.M | re.I), repr(re.NOFLAG))
print(repr(~re.I), repr(re.I & re.M), repr(re.I | 1024), repr(re.RegexFlag(1024)))
print(re.I == 2, re.I + 0, isinstance(re.I, int), type(re.I).__name__, re.I.value, re.I.name)
print(re.IGNORECASE is re.I, re.M is re.MULTILINE, re.S is re.DOTALL, re.X is re.VERBOSE)
print(int(re.A), int(re.U), int(re.L), int(re.T), int(re.DEBUG), int(re.S), int(re.X))
print('%d' % re.I, f'{re.I}', f'{re.I:d}', hex(re.M))
print(repr(re.A | re.I | re.S | re.X), (re.I | re.M).name)
print(type(re.I | 4).__name__, type(4 | re.I).__name__, type(re.I + 1).__name__)
print(re.I in (re.I | re.M), re.S in (re.I | re.M))
