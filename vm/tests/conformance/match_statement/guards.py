# Guards run after the pattern binds; a false guard moves on to the next case, keeping the
# bindings made.
def f(v):
    match v:
        case int(n) if n < 0:
            return "negative"
        case int(n) if n % 2 == 0:
            return "even"
        case int(n):
            return "odd"
        case [x, y] if x == y:
            return "pair of equals"
        case [x, y]:
            return "pair"
        case _:
            return "other"


for v in [-3, 4, 7, [1, 1], [1, 2], "s"]:
    print(v, f(v))

calls = []


def check(x):
    calls.append(x)
    return x > 2


for v in [1, 3]:
    match v:
        case n if check(n):
            print("guard true for", n)
        case n:
            print("guard false for", n)
print(calls)

match 5:
    case y if y > 10:
        print("big")
    case _:
        print("guard failed; y was still bound:", y)

match 0:
    case _ if False:
        print("never")
print("after a guarded wildcard that fails")
