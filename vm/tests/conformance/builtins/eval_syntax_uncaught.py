# An uncaught SyntaxError from eval of a statement.
eval("y = 2")
