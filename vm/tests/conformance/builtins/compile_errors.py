# compile()'s argument checks and SyntaxError details.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: compile(5, "", "exec"))
show(lambda: compile("1", 5, "exec"))
show(lambda: compile("1", "", "bad"))
show(lambda: compile("1", "", 5))
show(lambda: compile())
show(lambda: compile("1", "f"))
show(lambda: compile("1", "f", "exec", bogus=1))
show(lambda: compile("a\0", "", "exec"))
for src in ["x = = 1", "(1,", "def f(:", "return 5", "  1", "a b"]:
    try:
        compile(src, "file.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("x", "f", "exec", -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("x", "f", "exec", 0, 0, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(type(compile("x", "f", "exec", 0x20000)).__name__)
