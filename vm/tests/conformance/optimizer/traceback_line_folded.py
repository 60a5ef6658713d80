# A traceback through a statement whose constants were folded keeps its line.
def compute(n):
    base = 2 ** 10 + 3 * 4
    return base // n


print(compute(4))
print(compute(0))
