# repr of strings: quote choice and escapes, as CPython prints them.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\r"))
print(repr("\x00\x01\x7f"), repr("\u00e9\u4e2d"), repr("\U0001F600"))
print(repr(""), repr(" "), str("it's"))
print(["a", 'b"c', "d'e"])
print({"key": "value's"})
print(("x",))
print(repr("\x1b[0m"), repr("\u200b"), repr("\xa0"))
