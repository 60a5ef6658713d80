# How SyntaxErrors with various details look when printed last, caught and re-shown via str.
cases = [
    ("msg", ("f.py", 1, 1, "x\n")),
    ("msg", ("f.py", 2, 4, "\tabc def\n", 2, 7)),
    ("msg", (None, 5, None, "text only\n")),
    ("", ("f.py", 1, 3, "abc\n")),
    ("msg", ("f.py", None, None, None)),
]
for args in cases:
    e = SyntaxError(*args)
    print(repr(str(e)), e.lineno, e.offset, e.end_offset)
