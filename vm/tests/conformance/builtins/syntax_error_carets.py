# SyntaxErrors from compile() shown uncaught: carets under the offending range.
import sys
for src in ["f(**a, *b)", "x = (1 +", "  del f()", "a = 1 if b", "print 'x'"]:
    try:
        compile(src, "snippet", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
compile("def g():\n    return [x for x in range(3) if x] + (y := 5)\nlambda: (yield)\nf(a for a in b, c)", "multi", "exec")
