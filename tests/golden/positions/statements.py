# Statements spread over lines: the line table holds each instruction's first and last line,
# and jumps and handlers keep the range of the statement they belong to.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for d in (2, 3, 5):
        if n % d == 0:
            return f"divisible by {d}"
    return "other"


for n in [-4, 0, 9, 7]:
    print(n, classify(n))

try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
finally:
    print("done")

class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


with Quiet() as q:
    raise ValueError("swallowed")
print(type(q).__name__)
