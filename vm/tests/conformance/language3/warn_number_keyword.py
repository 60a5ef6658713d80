# A number run into a keyword (`1if x else y`) compiles with a SyntaxWarning.
import warnings

def show(src, mode="eval"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", mode)
        except SyntaxError as e:
            print(repr(src), "SyntaxError:", e.msg)
            return
    print(repr(src), [(x.category.__name__, str(x.message), x.lineno) for x in w])

for num in "0xf", "0o7", "0b1", "9", "0", "1.", "1e3", "1j":
    show(f"{num}and x")
    show(f"{num}or x")
    show(f"{num}in x")
    show(f"{num}not in x")
    show(f"{num}if x else y")
    show(f"x if {num}else y")
    show(f"[{num}for x in ()]")
    show(f"{num}spam")
show("[0x1ffor x in ()]")
show("x = 1\ny = 2if x else 3", "exec")

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile("1if x else y", "<case>", "eval")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
