# A mapping pattern whose value-pattern keys turn out equal at run time.
class Keys:
    first = 1
    second = 1.0


def look(m):
    match m:
        case {Keys.first: a, Keys.second: b}:
            return a, b


print(look({2: 0}))
print(look({1: "one", 3: "three"}))
