# Dataclass-like classes written by hand (a decorator generating __init__, __repr__,
# __eq__ and __match_args__ from annotations).
def record(cls):
    fields = tuple(cls.__annotations__)

    def __init__(self, *args):
        for name, value in zip(fields, args):
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in fields)
        return f"{cls.__name__}({inner})"

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__match_args__ = fields
    return cls


@record
class Num:
    value: int


@record
class Add:
    left: object
    right: object


@record
class Mul:
    left: object
    right: object


@record
class Neg:
    operand: object


def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
        case _:
            return e


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Neg(x):
            return -evaluate(x)


exprs = [
    Add(Num(0), Num(5)),
    Mul(Add(Num(2), Num(0)), Num(1)),
    Neg(Neg(Num(3))),
    Mul(Num(7), Num(0)),
    Add(Mul(Num(2), Num(3)), Neg(Num(4))),
]
for e in exprs:
    s = simplify(e)
    print(e, "=>", s, "=", evaluate(s))
