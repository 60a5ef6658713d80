# eval's argument checks and the SyntaxError it raises for non-expressions.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: eval(5))
show(lambda: eval("1", []))
show(lambda: eval("1", {}, 5))
show(lambda: eval("1", globals=None))
show(lambda: eval())
show(lambda: eval("a", {}, {}))
show(lambda: eval("1/0"))
show(lambda: eval("a\0b"))
for src in ["x = 1", "1;2", "", "if x: y", "def f(): pass", "a += 1", "import os"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
