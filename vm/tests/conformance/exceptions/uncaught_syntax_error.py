# A SyntaxError raised by the program is reported with its file, line, text and carets.
def check(source):
    raise SyntaxError("invalid syntax here", ("config.txt", 3, 9, "    key = = value\n", 3, 12))

check("key = = value")
