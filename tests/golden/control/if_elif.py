# if / elif / else chains, nesting, and the conditional expression.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"


for n in [-5, 0, 3, 4, 10, 99]:
    print(n, classify(n))
for n in range(6):
    print(n, "even" if n % 2 == 0 else "odd", "big" if n > 3 else "small" if n > 1 else "tiny")
x = 0
if x:
    print("not reached")
if not x:
    print("x is falsy")
if []:
    print("not reached")
elif [0]:
    print("non-empty list is truthy")
