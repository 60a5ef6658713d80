# splitlines recognises every line boundary str does
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(keepends=True))
print("\n\n".splitlines(), "x\n".splitlines(True), "".splitlines(), "\r\r\n".splitlines(True))
