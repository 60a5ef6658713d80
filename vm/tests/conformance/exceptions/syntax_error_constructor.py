# SyntaxError(msg, details): details has 4 or 6 items; print_file_and_line is a field.
for details in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad bad", details)
    except TypeError as e:
        print(type(e).__name__, e)

e = SyntaxError("m", ("f", 1, 2, "t"))
print(e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(e.print_file_and_line)
e.print_file_and_line = 5
print(e.print_file_and_line, e.__dict__)
e = SyntaxError("m", ("f", 1, 2, "t", 3, 4))
print(e.end_lineno, e.end_offset)
e = SyntaxError()
print(e.msg, e.filename, e.print_file_and_line)
