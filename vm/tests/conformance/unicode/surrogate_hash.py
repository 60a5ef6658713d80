# A str with a surrogate hashes as CPython's 2-byte (UCS-2) storage does.
for s in ('\ud800', 'a\udfffb', '\udc80abc', '\U00010000\ud800', 'x' * 10 + '\udbff'):
    print(repr(s), hash(s))
d = {'\ud800': 1, '\udc00': 2, '\ud800\udc00': 3}
print(d['\ud800'], d[chr(0xDC00)], d['\ud800' + '\udc00'])
print(sorted({'\ud800', '\udfff', 'a', '\ue000'}))
