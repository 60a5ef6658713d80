class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(I(5)), hex(I(255)), oct(I(8)))
print([0, 1, 2, 3, 4][I(1):I(3)], "abcdef"[I(2)], list(range(I(3))))
print(range(10)[I(2)], [1, 2, 3][I(-1)])
print(operator_index := __import__("operator").index(I(4)))
print((1, 2, 3) * I(2), "ab" * I(2))
class Bad:
    def __index__(self): return "x"
try:
    bin(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    idx = 1.5
    [1][idx]
except TypeError as e:
    print(type(e).__name__, e)
