# None, True and False are compared by identity: 1 does not match True, 0 does not match
# False, while the literal 1 does match True (equality).
def f(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case _:
            return "other"


def g(v):
    match v:
        case 1:
            return "equal to 1"
        case 0:
            return "equal to 0"
        case _:
            return "other"


for v in [True, False, None, 1, 0, 1.0, 0.0, "", [], ()]:
    print(repr(v), f(v), g(v))


class AlwaysEqual:
    def __eq__(self, other):
        return True


print(f(AlwaysEqual()), g(AlwaysEqual()))
