# isidentifier (XID rules), istitle, isprintable, isspace
for s in ["abc", "_x1", "1abc", "a b", "", "\xe9t\xe9", "\u0663x", "x\u0663", "\u2160", "a-b", "\u00b7a", "a\u00b7", "def"]:
    print(ascii(s), s.isidentifier())
for s in ["Hello World", "Hello world", "HELLO", "Hello  World1", "", "1A", "A1b", "\u01c5ab", "Ab\u01c5"]:
    print(ascii(s), s.istitle())
for s in ["abc", "a\tb", "a\nb", " ", "", "\x7f", "\xa0", "\u200b", "\xe9"]:
    print(ascii(s), s.isprintable())
for s in [" \t\n", "\x1c\x1d", "\xa0", "\u3000", "", "a "]:
    print(ascii(s), s.isspace())
