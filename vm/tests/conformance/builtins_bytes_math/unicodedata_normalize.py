# unicodedata.normalize / is_normalized in the four forms.
import unicodedata as u
samples = ['caf\u00e9', 'cafe\u0301', '\ufb01', '\u1e9b\u0323', '\u2460', '\uac00', '\u1100\u1161',
           'A\u030a', '\u212b', '']
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, [ascii(u.normalize(form, s)) for s in samples])
    print(form, [u.is_normalized(form, s) for s in samples])
s = 'plain ascii'
print(u.normalize('NFC', s) is s)
for args in [('NFX', 'a'), ('nfc', 'a')]:
    try:
        u.normalize(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1, 'a'), ('NFC', b'a')]:
    try:
        u.normalize(*args)
    except TypeError as e:
        print(type(e).__name__, e)
