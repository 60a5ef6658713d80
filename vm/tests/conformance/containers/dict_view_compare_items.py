# Set-like views compare by sizes and membership, never hashing the values.
class C:
    def __eq__(self, other):
        raise RuntimeError("eq called")

d1 = {1: C()}
d2 = {1: C()}
for op in ("==", "!=", "<", "<=", ">", ">="):
    try:
        print(op, eval("d1.items() " + op + " d2.items()"))
    except RuntimeError as e:
        print(op, type(e).__name__, e)

a = {1: [1], 2: [2]}
b = {1: [1], 2: [2], 3: [3]}
print(a.items() == b.items(), a.items() < b.items(), b.items() >= a.items())
print(a.items() == {(1, 1)}, a.keys() == {1, 2}, a.keys() <= {1, 2, 3}, {1, 2} == a.keys())
print(a.keys() > {1}, {1} < a.keys(), a.keys() != {1, 2})
v = a.values()
print(a.values() == a.values(), v == v, v != v, a.values() == {1: [1], 2: [2]}.values())
try:
    v < v
except TypeError as e:
    print(type(e).__name__, e)
