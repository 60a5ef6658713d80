# The comparison dunders of operator dispatch like the operators, reflected ones included.
import operator


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return f"lt({self.v}, {other})"

    def __gt__(self, other):
        return f"gt({self.v}, {other})"

    def __eq__(self, other):
        return f"eq({self.v})"


print(operator.__lt__(Num(1), 5))
print(operator.__gt__(5, Num(2)))
print(operator.__eq__(3, Num(3)))
try:
    operator.__lt__(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.__ge__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
