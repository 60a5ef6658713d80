# eval() of statements: `invalid syntax` at the statement's keyword or assignment.
for s in ["del x", "del x, y[0]", "x = 1", "x += 1", "x: int = 1", "a = b = 3",
          "x.y = 5", "x[0] //= 2", "f(a=1) = 2", "(x := 1)", "[y for y in z if (q := y)]"]:
    try:
        r = eval(s, {"x": [1], "z": [], "f": print})
        print(repr(s), "ok", r)
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.offset)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
