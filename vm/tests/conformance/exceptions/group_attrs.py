# message, exceptions, args, str and repr of groups.
excs = [ValueError(1), TypeError("t")]
g = ExceptionGroup("msg", excs)
print(g.message)
print(g.exceptions, type(g.exceptions).__name__)
print(g.args, g.args[1] is excs)
print(str(g))
print(repr(g))
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(BaseExceptionGroup("b", (KeyboardInterrupt(),))))
excs.append(KeyError())
print(len(g.exceptions))
for name in ("message", "exceptions"):
    try:
        setattr(g, name, "x")
    except AttributeError as e:
        print(name, type(e).__name__, e)
g.extra = 5
print(g.extra)
nested = ExceptionGroup("outer", [g, ExceptionGroup("empty-ish", [OSError()])])
print(repr(nested))
print(str(nested))
