print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\x00\x7f\t\r"), repr("ü€"))
print(ascii("ü€"), ascii(["é"]))
print(repr([1, "a", (2,), {"k": None}, {3}, frozenset()]))
print(repr(()), repr((1,)), repr(set()), repr({}))
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
