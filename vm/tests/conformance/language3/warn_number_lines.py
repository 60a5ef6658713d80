# A number run into a keyword: the warning's line, the literal's kind, and its order among
# the invalid-escape warnings of the same source.
import warnings

src = "a = 1\nb = 0x1for\nc = '\\d'\nd = [0o7for x in y]\ne = 1jif a else 0b1or 2"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        compile(src, "<n>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
for x in w:
    print(x.lineno, x.category.__name__, x.message)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x = [0xffor x in ()]\ny = 2.5if x else 1e5in z", "<n>", "exec")
for x in w:
    print(x.lineno, x.category.__name__, x.message)
