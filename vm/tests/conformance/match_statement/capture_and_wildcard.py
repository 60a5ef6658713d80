# Capture patterns bind the subject; `_` binds nothing; a capture in the last case always
# matches.
def f(v):
    match v:
        case 0:
            return "zero"
        case other:
            return f"captured {other!r}"


print(f(0), f(5), f("s"), f(None))

_ = "untouched"
match 42:
    case _:
        print("wildcard matched, _ is still", _)

match [1, 2]:
    case x:
        print("x =", x, x is not None)
print("x after match:", x)


def scope():
    match "local":
        case y:
            pass
    return y


print(scope())
