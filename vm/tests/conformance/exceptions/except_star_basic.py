# Each except* clause handles its part of the group; all handled means nothing propagates.
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))
    except* (KeyError, IndexError) as e:
        print("lookup part:", repr(e))
    print("after")

run([ValueError(1), TypeError(2), KeyError(3)])
run([TypeError(1)])
run([IndexError(1), ValueError(2), IndexError(3)])
run([ExceptionGroup("inner", [ValueError("deep"), KeyError("k")]), TypeError("t")])
