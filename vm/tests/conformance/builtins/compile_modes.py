# compile() in its three modes, and code objects run by eval and exec.
c = compile("1 + 2", "<test>", "eval")
print(type(c).__name__, c.co_name, c.co_filename, eval(c))
c = compile("for i in range(3): print(i)", "prog.py", "exec")
print(c.co_filename, c.co_name)
print(exec(c))
g = {}
exec(compile("a = 5\nb = a * 2", "m", "exec"), g)
print(g["a"], g["b"])
print(eval(compile("x * 2", "e", "eval"), {"x": 21}))
# exec-mode code through eval gives None
print(eval(compile("q = 1", "s", "exec"), {}))
c = compile("def f(a, b=2):\n    return a + b", "defs", "exec")
ns = {}
exec(c, ns)
print(ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_argcount)
c = compile(source="3", filename="kw", mode="eval", flags=0, dont_inherit=True, optimize=-1)
print(eval(c))
c = compile(b"'from bytes'", "b", "eval")
print(eval(c))
