# compile(..., 'single'): expression statements show their values (sys.displayhook).
exec(compile("5", "s", "single"))
exec(compile("'a'; None; 3", "s", "single"))
exec(compile("x = 1", "s", "single"))
exec(compile("[1, 2] + [3]", "s", "single"))
exec(compile("if True:\n    7\n    8\n", "s", "single"))
print(_)
ns = {}
exec(compile("def f(): return 9\n", "s", "single"), ns)
print(ns["f"]())
exec(compile("for i in range(2): i\n", "s", "single"))
import sys
shown = []
sys.displayhook = shown.append
exec(compile("42", "s", "single"))
sys.displayhook = sys.__displayhook__
print(shown)
try:
    compile("1\n2", "", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
