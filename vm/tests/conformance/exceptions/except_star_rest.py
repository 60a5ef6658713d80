# The unhandled rest is re-raised as a group built from the original.
def run(excs, handle):
    try:
        try:
            raise ExceptionGroup("orig", excs)
        except* ValueError as e:
            print("handled", repr(e))
    except ExceptionGroup as outer:
        print("propagated", repr(outer))
    else:
        print("nothing propagated")

run([ValueError(1), TypeError(2)], True)
run([TypeError(2), KeyError(3)], True)
run([ValueError(1)], True)
run([ExceptionGroup("n", [ValueError(1), TypeError(2)]), KeyError(3)], True)
