# A match with a wildcard case (its line marker NOP) still runs correctly.
def f(x):
    match x:
        case 1:
            return 'one'
        case _:
            pass
    return 'other'


print(f(1), f(2))
