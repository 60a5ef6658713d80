# An uncaught error from a class pattern: the traceback points at the case.
class P:
    __match_args__ = "x"
    x = 1


def check(p):
    match p:
        case P(x):
            return x


print("before")
check(P())
