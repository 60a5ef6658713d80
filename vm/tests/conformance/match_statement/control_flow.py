# return, break and continue inside case bodies, in loops and functions, and a match
# nested in a match.
def first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2:
                continue
            case int(n):
                return n
            case "stop":
                break
    return None


print(first_even([1, 3, 4, 5]), first_even([1, "stop", 2]), first_even([]))

total = 0
i = 0
while True:
    i += 1
    match i:
        case 5:
            break
        case n if n % 2:
            total += n
print("total", total)


def nested(v):
    match v:
        case [kind, payload]:
            match kind:
                case "num":
                    return payload * 2
                case "str":
                    return payload.upper()
        case _:
            return "bad"


print(nested(["num", 21]), nested(["str", "ab"]), nested(["x", 1]), nested(3))


def in_try(v):
    try:
        match v:
            case [x]:
                return 1 / x
    except ZeroDivisionError:
        return "division by zero"
    finally:
        print("finally for", v)


print(in_try([0]), in_try([4]), in_try(9))
