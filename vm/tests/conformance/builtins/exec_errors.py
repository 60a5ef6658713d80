# exec's argument checks; exceptions raised by the executed code propagate.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: exec(5))
show(lambda: exec("1", []))
show(lambda: exec("1", {}, 5))
show(lambda: exec())
show(lambda: exec("x = ", {}))
show(lambda: exec("raise KeyError('k')"))
show(lambda: exec("undefined_name"))
show(lambda: exec("  x = 1"))
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
exec("1/0")
