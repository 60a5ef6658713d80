# Warnings found before a compile error are still issued, then the error is raised.
import warnings

for src in ["x is 1\nreturn 5", "1if x else y\nbreak", "y is 'q'\nnonlocal z"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<w>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno)
    print([(x.lineno, x.category.__name__, str(x.message)) for x in w])
