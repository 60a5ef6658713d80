# surrogatepass writes (and reads back) surrogates in the UTFs.
s = 'a\ud800b\udfff'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    data = s.encode(enc, 'surrogatepass')
    back = data.decode(enc, 'surrogatepass')
    print(enc, data, back == s)
try:
    'a\u20ac'.encode('ascii', 'surrogatepass')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b'\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass') == '\ud83d\ude00')
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
