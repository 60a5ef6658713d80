s = "Hello, World"
print(s.lower(), s.upper(), s.title(), s.split(", "), s.replace("l", "L", 2))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.startswith(("He", "x")))
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), "ab".zfill(5), "-12".zfill(6))
print("a,b,,c".split(","), "  x y  ".strip(), "xxhixx".strip("x"), " a b ".split())
print("line1\nline2\r\nline3".splitlines(), "line1\nline2".splitlines(True))
print("-".join(["a", "b", "c"]), "abc"[::-1], "abcdef"[1:5:2], "é" * 3)
print("Hello World".swapcase(), "x\ty".expandtabs(4), "abc".casefold(), "ab".isalpha(), "12".isdigit())
