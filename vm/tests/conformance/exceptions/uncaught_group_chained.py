# A group raised while handling another exception, and a group as a cause.
try:
    raise RuntimeError("first")
except RuntimeError:
    try:
        raise ExceptionGroup("middle", [ValueError("m")])
    except ExceptionGroup as g:
        raise OSError("last") from g
