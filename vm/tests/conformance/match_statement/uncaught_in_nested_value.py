# An exception raised by __eq__ inside a nested value pattern: the traceback points at the
# value pattern's line.
class Angry:
    def __eq__(self, other):
        raise RuntimeError(f"refusing to compare with {other!r}")


class Consts:
    ANGRY = Angry()


def check(v):
    match v:
        case [1, 2]:
            return "pair"
        case [first,
              {"key": Consts.ANGRY}]:
            return "never"


print(check([1, 2]))
print(check(["a", {"key": "value"}]))
