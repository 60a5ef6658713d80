# What an except* statement re-raises, uncaught: the new exception's context is shown in
# its member's box, the rest keeps the original traceback.
def work():
    raise ExceptionGroup("work", [ValueError(1), TypeError(2)])

def main():
    try:
        work()
    except* ValueError:
        raise KeyError("while handling ValueError")

main()
