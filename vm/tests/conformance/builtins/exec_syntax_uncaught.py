# An uncaught SyntaxError from exec: rendered with the <string> source line and caret.
print("before")
exec("a = 1\nx = = 1\n")
