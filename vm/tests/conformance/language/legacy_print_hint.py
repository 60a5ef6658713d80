# "Missing parentheses in call to 'print'" only when what follows is an expression list.
sources = [
    'print "hello"',
    'print 1, 2',
    'exec "code"',
    'print {1:(foo.)}',
    'if 1: print {1:(foo.)}',
    'if 1:\n    exec {1:(foo.)}',
    'print f(',
]
for src in sources:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
