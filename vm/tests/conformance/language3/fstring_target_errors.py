# f-strings as targets: the statement forms name the f-string; eval() says invalid syntax.
for s in ["f'' = 3", "f'{x}' = x", "del f''", "del '' f''", "f'{x}' += 1", "for f'{a}' in b: pass",
          "with c as f'': pass", "(f'{x}' := 1)"]:
    for mode in ("exec", "eval"):
        try:
            compile(s, "<f>", mode)
            print(repr(s), mode, "compiles")
        except SyntaxError as e:
            print(repr(s), mode, e.msg, e.offset)
