# Literal patterns on numbers: equality, so 1 matches 1.0 and True; negative literals.
# (Complex literals are left out: Krait's complex numbers are not complete yet.)
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 10_000_000_000_000_000_000:
            return "big"
        case _:
            return "other"


for v in [0, 0.0, 1, 1.0, True, False, -1, -1.0, 2.5, -0.5, 10**22, 10**22 // 1000, 7, "1"]:
    print(repr(v), classify(v))
