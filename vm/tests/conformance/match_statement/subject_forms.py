# The subject is evaluated once; a bare tuple subject; match as a soft keyword.
def subject():
    print("evaluating subject")
    return [1, 2]


match subject():
    case [1]:
        print("one")
    case [1, 2]:
        print("one two")

match 1, 2:
    case (a, b):
        print("tuple subject", a, b)

match = {"case": 1}
case = match["case"]
print(match, case)

match match:
    case {"case": case}:
        print("soft keywords as names:", case)


def match(x):
    return x * 2


print(match(4))
