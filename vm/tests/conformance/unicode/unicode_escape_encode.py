# unicode_escape and raw_unicode_escape encoding.
s = '\x00\t\n\r\\\'"a\x7f\x80\xff\u1234\U00012345\ud800'
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print('plain'.encode('unicode-escape'), 'é'.encode('unicode_escape'))
