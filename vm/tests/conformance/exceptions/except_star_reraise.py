# A bare `raise` in an except* clause keeps the part in the original's structure.
def f(clauses):
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2),
                                      ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
    except* ValueError:
        if "v" in clauses:
            raise
    except* TypeError:
        if "t" in clauses:
            raise
    except* KeyError:
        if "k" in clauses:
            raise

for clauses in ("", "v", "t", "k", "vt", "vk", "vtk"):
    try:
        f(clauses)
        print(repr(clauses), "-> nothing")
    except ExceptionGroup as e:
        print(repr(clauses), "->", repr(e))

# Mixed: one clause re-raises, another raises something new.
try:
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise OSError("new")
except ExceptionGroup as e:
    print(repr(e))
