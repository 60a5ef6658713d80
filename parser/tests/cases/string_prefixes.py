'a'; "a"; '''a'''; """a"""
b'a'; B'a'; b"a"; B"""a"""
r'\a'; R'\a'; r"\a"; R"""\a"""
u'a'; U'a'; u"a"; U"""a"""
f'a'; F'a'; f"a"; F"""a"""
br'\a'; bR'\a'; Br'\a'; BR'\a'
rb'\a'; rB'\a'; Rb'\a'; RB'\a'
br"\a"; rb"""\a"""
fr'\a{x}'; fR'\a{x}'; Fr'\a{x}'; FR'\a{x}'
rf'\a{x}'; rF'\a{x}'; Rf'\a{x}'; RF'\a{x}'
fr"\a{x}"; rf"""\a{x}"""
u'a' 'b' "c" '''d'''
'a' u'b'
U'a' 'b'
b'a' B'b' br'c'
'a' f'{b}' r'c' u'd'
u'a' f'{b}'
'''multi
line''' """and
another"""
r'\''; r"\""; r'\\'
