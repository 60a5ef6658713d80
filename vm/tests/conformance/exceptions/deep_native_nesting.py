# Nesting that recurses inside builtins: comparisons of self-containing or deeply nested
# containers raise RecursionError (never a crash); chains of builtin iterators work at any
# depth the program builds.
import copy

x = {}
x['foo'] = x
y = copy.deepcopy(x)
try:
    y == x
except RecursionError as e:
    print("dict:", type(e).__name__, e)

a = []
a.append(a)
b = []
b.append(b)
try:
    a == b
except RecursionError as e:
    print("list:", type(e).__name__, e)

def nested(n, wrap):
    v = wrap(None)
    for _ in range(n):
        v = wrap(v)
    return v

for name, wrap in [("tuple", lambda v: (v,)), ("list", lambda v: [v]), ("dict", lambda v: {"k": v})]:
    for op in ["==", "<"]:
        try:
            r = eval(f"p {op} q", {"p": nested(5000, wrap), "q": nested(5000, wrap)})
            print(name, op, r)
        except RecursionError as e:
            print(name, op, type(e).__name__, e)
        except TypeError as e:
            print(name, op, type(e).__name__, e)

def chain(depth, make):
    it = iter([1, 2, 3])
    for _ in range(depth):
        it = make(it)
    return list(it)

print(chain(3000, lambda it: map(abs, it)))
print(chain(3000, lambda it: filter(None, it)))
print(len(chain(3000, lambda it: zip(it))))
print(len(chain(3000, lambda it: enumerate(it))))
print(chain(3000, lambda it: map(lambda *a: a[0], it, it)))
