# BaseException members: BaseExceptionGroup rest, KeyboardInterrupt handled by except*.
try:
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("value part", repr(e))
except BaseExceptionGroup as e:
    print("rest", type(e).__name__, repr(e))

try:
    raise BaseExceptionGroup("beg", [KeyboardInterrupt(), SystemExit(3)])
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
except* SystemExit as e:
    print(type(e).__name__, repr(e), e.exceptions[0].code)
