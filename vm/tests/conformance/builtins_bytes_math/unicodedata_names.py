# unicodedata.name and lookup, including algorithmic names and aliases.
import unicodedata as u
for ch in ['a', '\u00e9', '\u2603', '\uac00', '\ud7a3', '\u4e00', '\U00020000', '\U0001f600']:
    print(hex(ord(ch)), u.name(ch))
print(u.name('\x00', 'none'), u.name('\ue000', None), u.name('\U000e0100'))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'SNOWMAN', 'HANGUL SYLLABLE GAG',
             'CJK UNIFIED IDEOGRAPH-4E00', 'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK']:
    print(name, hex(ord(u.lookup(name))))
for ch in ['\x00', '\U000e0000']:
    try:
        u.name(ch)
    except ValueError as e:
        print(type(e).__name__, e)
for name in ['NOT A CHARACTER NAME', 'x' * 300]:
    try:
        u.lookup(name)
    except KeyError as e:
        print(type(e).__name__, e)
