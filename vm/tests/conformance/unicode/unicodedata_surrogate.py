# unicodedata knows a lone surrogate's category.
import unicodedata
for c in ('\ud800', '\udfff', 'a', '\ue000', '\U0010fffd'):
    print(hex(ord(c)), unicodedata.category(c))
