import traceback

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)

try:
    rec(8)
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("".join(lines).replace(__file__, "FILE"), end="")
