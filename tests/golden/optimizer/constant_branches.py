# if/while on tests that fold to constants, and code after return/raise.
def f(x):
    if 1 + 1:
        x += 1
    else:
        x -= 1
    while 0 * 5:
        x = 0
    return x
    print("dead")


def g():
    raise ValueError("g")
    return 1


print(f(1))
try:
    g()
except ValueError as e:
    print(e)
