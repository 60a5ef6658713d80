'single'
"double"
'''triple
quoted'''
"""another
one"""
'it\'s'
"say \"hi\""
'escapes: \n \t \\ \r \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600 \N{LATIN SMALL LETTER A}'
'invalid escapes stay: \d \q \{'
r'raw \n \d'
R"raw \" quote"
b'bytes \x00 \xff \n'
rb'raw bytes \n'
BR"raw bytes"
u'unicode prefix'
'implicit' ' concatenation' " of strings"
u'first' 'second'
b'a' b'b'
'line \
continued'
''
""
'é ü ñ 中文 😀'
"\u200b\x7f\xa0"
'''a "quoted" 'word' '''
"it's"
'both \' and "'
'lone surrogates: \ud800 \udfff \U0000dc80'
'\ud800' '\udc00'
'pair as escapes \ud83d\ude00 stays two'
"quote choice \ud800 it's"
f'{x}\ud800'
