# Value patterns: dotted names are looked up and compared with ==, at match time.
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Consts:
    class Nested:
        ANSWER = 42


def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Consts.Nested.ANSWER:
            return "answer"
        case math.pi:
            return "pi"
        case _:
            return "?"


for c in ["red", "green", "blue", 42, 42.0, math.pi, 3.14]:
    print(repr(c), name(c))

Color.GREEN = "lime"
print(name("green"), name("lime"))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  __eq__", self.v, other)
        return self.v == other


class Holder:
    item = Cmp(3)


match 3:
    case Holder.item:
        print("matched via __eq__")
