# Invalid escape sequences warn when the source is compiled (DeprecationWarning), and
# become a SyntaxError when the filters make the warning an error.
import warnings

def compile_with(source, action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action, category=DeprecationWarning)
        try:
            value = eval(source)
        except SyntaxError as e:
            print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
            return
    print(repr(value), [(str(w.message), w.category.__name__, w.filename, w.lineno) for w in caught])

for src in [r"'\z'", r"b'\z'", r"'\777'", r"b'\407'", r"'\8'", "'''\n\\z'''",
            r"'\q' '\w'", r"'\777 \q'", r"f'\{6*7}'", r"f'\q{1}\w'", r"'\é'",
            r"r'\z'", r"'\n\t\\'"]:
    compile_with(src, "always")
for src in [r"'\z'", "'''\n\\z'''", r"b'\407'"]:
    compile_with(src, "error")
code = compile(r"x = '\d'", "<mod>", "exec")
print(type(code).__name__)
