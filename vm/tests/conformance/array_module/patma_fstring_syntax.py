# An f-string is not a literal pattern, nor a mapping pattern key.
for src in ['match x:\n case f"":\n  pass', 'match x:\n case f"{y}":\n  pass',
            'match x:\n case "a" f"b":\n  pass', 'match x:\n case {f"k": 1}:\n  pass',
            'match x:\n case "a" "b":\n  pass']:
    try:
        compile(src, "<pattern>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
