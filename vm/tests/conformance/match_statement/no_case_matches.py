# When no case matches nothing happens; names from failed patterns stay unbound or keep
# their old value.
match 5:
    case 1:
        print("one")
    case "5":
        print("string five")
print("fell through")

x = "before"
match [1, 2]:
    case [x, 3]:
        print("unexpected")
print("x is", x)

match {"k": 1}:
    case {"k": y, "missing": z}:
        print("unexpected")
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)


def inside():
    match (1, 2):
        case (a, 3):
            pass
    try:
        return a
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(inside())
