# Exceptions raised while matching (from __eq__, properties, __getattr__, get) propagate
# out of the match and can be caught around it; the stack is cleaned up either way.
class BadEq:
    def __eq__(self, other):
        raise ValueError("no comparing")


class Holder:
    bad = BadEq()


def by_value(v):
    try:
        match v:
            case Holder.bad:
                return "matched"
            case _:
                return "default"
    except ValueError as e:
        return f"caught {type(e).__name__}: {e}"


print(by_value(1))


class Prop:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise RuntimeError("property failed")


def by_class(v):
    for attempt in range(2):
        try:
            match v:
                case Prop(x):
                    return x
        except RuntimeError as e:
            print("attempt", attempt, type(e).__name__, e)
    return "gave up"


print(by_class(Prop()))


class Dyn:
    def __getattr__(self, name):
        if name == "color":
            return "blue"
        raise AttributeError(name)


match Dyn():
    case Dyn(color=c, size=s):
        print("unexpected", c, s)
    case Dyn(color=c):
        print("__getattr__ supplies", c)


def gen(items):
    for item in items:
        match item:
            case [x, y] if (yield x):
                yield f"guard accepted {y}"
            case _:
                yield "next"


g = gen([[1, 2], [3, 4]])
print(next(g))
print(g.send(True))
print(next(g))
print(g.send(False))
