# range.count and range.index: ints by arithmetic, anything else compared item by item.
class AlwaysEq:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "AlwaysEq()"

class EqTo:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return other == self.n
    def __repr__(self):
        return f"EqTo({self.n})"

print(range(10).count(AlwaysEq()), range(10).index(AlwaysEq()))
print(range(3, 20, 4).count(EqTo(11)), range(3, 20, 4).index(EqTo(11)))
print(range(10).count(2.0), range(10).index(3.0))
print(range(5).count(True), range(5).index(True))
print(type(range(3).count(1)).__name__, range(1, 2**100, 2).count(2**87 + 1))

class BadCmp:
    def __eq__(self, other):
        if other == 2:
            raise ZeroDivisionError("boom")
        return False

for call in (lambda: range(4).index(BadCmp()), lambda: range(4).count(BadCmp()),
             lambda: range(3).index(EqTo(7)), lambda: range(3).index(7),
             lambda: range(3).index()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

class MyInt(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__

print(range(4).count(MyInt(9)), range(4).index(MyInt(9)))
print(range(10**20).index(AlwaysEq()), range(2**70, 2**70 + 5).count(AlwaysEq()))
