match x:
    case 1 | -2 | 3.5 | -1+2j | "s" "t" | b"b":
        pass
    case None | True | False:
        pass
    case a.b.c | _:
        pass
    case [a, *rest, _] if a > 0:
        pass
    case (a, b,):
        pass
    case (a):
        pass
    case ():
        pass
    case {"k": v, 1: w, a.b: c, **kw}:
        pass
    case Point(1, y=2) | Point():
        pass
    case [*_] as whole:
        pass
    case x, *y:
        pass
    case 1,:
        pass
    case {}:
        pass
    case []:
        pass
    case A.B(x=[1, 2], y={}) as z if z:
        match z:
            case _: pass
    case -0j | 1 - 2j | (1 | 2) as q:
        x = 1; y = 2;
match = 1
match.x = 2
match(x)
match[0] = 1
case = 2
def f(match, case):
    match match:
        case case:
            return case
match a, b:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
