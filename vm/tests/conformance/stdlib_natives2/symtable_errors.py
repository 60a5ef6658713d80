# _symtable: compile types, bytes sources, and the errors (argument checks, syntax errors
# from the parser and from the symbol table itself).
import _symtable as s

print(sorted(s.symtable("x + y", "<e>", "eval").symbols.items()))
print(sorted(s.symtable("z = 1", "<s>", "single").symbols.items()))
print(sorted(s.symtable(b"# -*- coding: latin-1 -*-\nv\xe9 = 1\n", b"<b>", "exec").symbols))
for args in [(1, "f", "exec"), ("x", "f", "bad"), ("x", "f", 3), ("x",),
             ("x = 1", "f", "eval"), ("x = (", "f", "exec"),
             ("def f(x):\n    global x\n", "g.py", "exec"),
             ("def f():\n    nonlocal q\n", "h.py", "exec"),
             ("x", 1.5, "exec")]:
    try:
        print(s.symtable(*args).name)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = repr(s.symtable("def f(): pass", "<r>", "exec").children[0])
print(r.startswith("<symtable entry f("), r.endswith("), line 1>"))
