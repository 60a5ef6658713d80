for f in (exit, quit):
    for args in [(), (0,), (5,), ("message",)]:
        try:
            f(*args)
        except SystemExit as e:
            print(type(e).__name__, repr(e.code), e.args)
exit(4)
