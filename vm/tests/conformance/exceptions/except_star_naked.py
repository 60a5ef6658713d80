# A naked exception is wrapped in ExceptionGroup('', [exc]) for the clause.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0]))
    print(str(e) == " (1 sub-exception)")

# Not matched: the naked exception itself propagates.
orig = KeyError("k")
try:
    try:
        raise orig
    except* ValueError:
        print("not here")
except KeyError as e:
    print("propagated naked", e is orig)

# A BaseException-only naked exception is wrapped in a BaseExceptionGroup.
try:
    raise KeyboardInterrupt()
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))

# A bare raise in the clause re-raises the wrapper group.
try:
    try:
        raise ValueError("again")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("re-raised", repr(e))
