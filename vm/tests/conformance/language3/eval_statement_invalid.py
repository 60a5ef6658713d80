# eval() takes expressions only: a statement's own errors become "invalid syntax" where the
# statement leaves the expression grammar.
for s in ["f'' = 3", "f'{0}' = x", "f'{x}' = x", "del f''", "del '' f''", "1 = 3",
          "f() = 1", "(a for a in b) = 3", "x.y += f()", "a = [b for 1 in c]"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset)
# In exec mode the statement's error stands; inside an expression it stands too.
for s in ["f'' = 3", "del f''", "[x for 1 in y]"]:
    try:
        compile(s, "<s>", "exec" if "=" in s or "del" in s else "eval")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.offset)
