# compile(tree, optimize=N) applies -O levels to a tree as to source.
import _ast

src = '''
def f():
    "doc"
    assert False, "no"
    return __debug__
'''
tree = compile(src, "<s>", "exec", _ast.PyCF_ONLY_AST)
for level in (0, 1, 2):
    ns = {}
    exec(compile(tree, "<s>", "exec", optimize=level), ns)
    try:
        r = ns["f"]()
    except AssertionError as e:
        r = f"AssertionError {e}"
    print(level, ns["f"].__doc__, r)
