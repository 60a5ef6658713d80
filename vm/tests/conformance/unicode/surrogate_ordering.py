# Comparison is by code point: surrogates sort between U+D7FF and U+E000.
items = ['\ue000', '\ud800', '\U00010000', '\ud7ff', '\udfff', 'z', '\uffff']
print([hex(ord(c)) for c in sorted(items)])
print([hex(ord(c)) for c in sorted(items, reverse=True)])
print('\ud800' < '\ue000', '\udfff' < '\U00010000', '\ud800' > '\ud7ff')
print(max(items) == '\U00010000', min(items) == 'z')
print('a\ud800' < 'a\ue000', 'a\ud800b' > 'a\ud800a')
