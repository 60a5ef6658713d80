# String literals may hold lone surrogates; two adjacent escapes stay two code points.
s = '\ud800'
t = "\udc00"
u = '\ud800\udc00'
print(len(s), len(t), len(u), u == s + t, u == '\U00010000')
print([hex(ord(c)) for c in u])
print(len('\N{LATIN SMALL LETTER A}\ud800'), '\U0000dfff' == chr(0xDFFF))
def f():
    return '\udcff'
print(repr(f()), f.__code__.co_consts.count('\udcff'))
print(r'\ud800', len(r'\ud800'))
