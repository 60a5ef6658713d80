import traceback

try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg)
