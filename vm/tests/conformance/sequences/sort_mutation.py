# list.sort: a list changed by a key function or comparison is a ValueError (even when it
# is empty again by the end), and an exception leaves the list with its items.
from functools import cmp_to_key

L = [1, 2]
def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e:
    print("ValueError", e, L)

L = [3, 1, 2]
def clearing_cmp(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)
try:
    L.sort(key=cmp_to_key(clearing_cmp))
except ValueError as e:
    print("ValueError", e, L)

class C:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n % 2:
            L.append(self.n)
        else:
            L.clear()
        return self.n < other.n
    def __repr__(self):
        return f"C({self.n})"

L = [C(i) for i in (5, 2, 8, 1)]
try:
    L.sort()
except ValueError as e:
    print("ValueError", e, L)

data = list(range(-2, 2))
try:
    data.sort(key=lambda x: 1 / x)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, data)

data = [3, "a", 1]
try:
    data.sort()
except TypeError as e:
    print("TypeError", e, data)

seen = []
def key(x):
    seen.append(len(data))
    return -x
data = [1, 3, 2]
data.sort(key=key)
print(data, seen)

for L in ([0, "foo"], [0.0, "foo"], [("foo",), "foo"]):
    for M in (L, [(x,) for x in L], [((x,),) for x in L]):
        try:
            M.sort()
            print("sorted", M)
        except TypeError as e:
            print("TypeError", e)
