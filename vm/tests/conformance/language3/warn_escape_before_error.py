# An invalid escape before a syntax error is still warned about, once.
import warnings

for src in ["'\\e' $", "x = '\\d'\ny = (", "'\\q' '\\w' +"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno)
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
