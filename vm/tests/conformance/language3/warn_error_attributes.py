# A compiler warning turned into an error: a SyntaxError with the warning's text at the node,
# and no warning left behind.
import warnings

cases = ["\n\nif x is 'a':\n    pass", "y = [(1, 2) (3, 4)]", "def f():\n    return {1} [0]",
         "assert (a, b)", "z = 'abc' [1.0]"]
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<w>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, e.text)
    print(w)
