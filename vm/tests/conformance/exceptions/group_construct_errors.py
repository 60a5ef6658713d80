# BaseExceptionGroup constructor checks, with CPython's messages.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("a"))
attempt("three args", lambda: ExceptionGroup("a", [ValueError()], 3))
attempt("message int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("excs int", lambda: ExceptionGroup("a", 5))
attempt("excs set", lambda: ExceptionGroup("a", {ValueError(1)}))
attempt("excs empty", lambda: ExceptionGroup("a", []))
attempt("item not exc", lambda: ExceptionGroup("a", [ValueError(), 1]))
attempt("class not instance", lambda: ExceptionGroup("a", [ValueError]))
attempt("str sequence", lambda: ExceptionGroup("a", "xy"))
attempt("keyword", lambda: ExceptionGroup("a", [ValueError()], x=1))
attempt("base in EG", lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
attempt("tuple ok", lambda: ExceptionGroup("a", (ValueError(1),)))
