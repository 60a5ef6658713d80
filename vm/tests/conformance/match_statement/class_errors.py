# Run-time errors from class patterns, with CPython's messages.
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)


class NoArgs:
    pass


class OneArg:
    __match_args__ = ("a",)
    a = 1


class BadArgs:
    __match_args__ = ["a"]


class BadName:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a", "a")
    a = 0


def too_many_plain():
    match NoArgs():
        case NoArgs(x):
            return x


def too_many_one():
    match OneArg():
        case OneArg(x, y):
            return x


def too_many_int():
    match 5:
        case int(x, y):
            return x


def not_tuple():
    match BadArgs():
        case BadArgs(x):
            return x


def not_str():
    match BadName():
        case BadName(x):
            return x


def repeated():
    match Dup():
        case Dup(x, y):
            return x


def repeated_kw():
    match OneArg():
        case OneArg(x, a=y):
            return x


def not_a_type():
    not_type = len
    match 5:
        case not_type():
            return "?"


def instance_not_type():
    obj = OneArg()
    match obj:
        case obj.__class__.a():
            return "?"


for fn in [too_many_plain, too_many_one, too_many_int, not_tuple, not_str, repeated,
           repeated_kw, not_a_type, instance_not_type]:
    attempt(fn.__name__, fn)


def no_error_when_not_instance():
    match "s":
        case BadArgs(x):
            return "?"
        case _:
            return "isinstance check comes first"


attempt("order", no_error_when_not_instance)
