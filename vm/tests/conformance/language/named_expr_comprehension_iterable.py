# `:=` anywhere inside a comprehension's iterable expression is refused, even inside a
# lambda or a nested comprehension there, and that error wins over the rebinding one.
cases = [
    "[i for i in (i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in [j for j in (k := range(5))]]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i for i in [(j := True) for j in range(5)]]",
    "{i for i in range(5) for j in (lambda: (k := 1))()}",
    "[(j := 1) for i in range(3)]",
    "[i for i in (lambda: (j := [1, 2]))]",
]
for code in cases:
    for wrap in ("{}", "lambda: {}"):
        src = wrap.format(code)
        try:
            compile(src, "<case>", "exec")
            print("ok:", src)
        except SyntaxError as e:
            print(type(e).__name__, e.msg, "|", src)
# Outside a comprehension's iterable a lambda may use := freely.
fs = [lambda: (y := 3)]
print([f() for f in fs])
