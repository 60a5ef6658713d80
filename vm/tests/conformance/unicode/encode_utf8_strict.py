# UTF-8 refuses lone surrogates.
for s in ('\ud800', 'ab\udfffcd', 'x\ud800\udc00y', '\udc80\udc81'):
    try:
        s.encode('utf-8')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print(e.encoding, repr(e.object), e.start, e.end, e.reason)
print('ok\u20ac'.encode(), 'x\ud800'.encode('utf-8', 'replace'), 'x\ud800'.encode('utf-8', 'ignore'))
print('x\ud800'.encode('utf-8', 'backslashreplace'), 'x\udfff'.encode('utf-8', 'xmlcharrefreplace'))
