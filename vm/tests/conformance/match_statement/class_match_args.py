# Positional sub-patterns go through __match_args__; subclasses inherit it; keyword and
# positional sub-patterns mix.
class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vec3(Vec):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged(Vec):
    pass


def f(v):
    match v:
        case Vec3(x, y, 0):
            return f"flat vec3 {x} {y}"
        case Vec3(x, y, z=z):
            return f"vec3 {x} {y} {z}"
        case Tagged(a):
            return f"tagged starting {a}"
        case Vec(0, y):
            return f"vec on y axis {y}"
        case Vec(x, y=5):
            return f"vec with y 5 and x {x}"
        case Vec(x, y):
            return f"vec {x} {y}"


for v in [Vec3(1, 2, 0), Vec3(1, 2, 3), Tagged(9, 9), Vec(0, 4), Vec(3, 5), Vec(3, 6)]:
    print(f(v))


class Lazy:
    __match_args__ = ("computed",)

    @property
    def computed(self):
        print("  computing")
        return 99


match Lazy():
    case Lazy(99):
        print("property read through __match_args__")
