# With SyntaxWarning as an error, the warning becomes a SyntaxError at the comparison.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", SyntaxWarning)
    for src in ["x is 1", "a = 1\nb = a is not 'x'", "def f():\n  if x is 3: pass"]:
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename, e.text)
    compile("x is None", "<case>", "exec")
print(w)
