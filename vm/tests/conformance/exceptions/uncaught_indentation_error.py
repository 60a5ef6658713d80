# A SyntaxError subclass without end positions: one caret.
raise IndentationError("unexpected indent", ("mod.py", 7, 5, "    return x\n"))
