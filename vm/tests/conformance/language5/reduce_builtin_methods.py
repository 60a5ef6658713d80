# Methods of builtin types reduce to a getattr on their type; functions to their name.
import copy

for m in (dict.get, str.join, list.append, int.__add__):
    f, args = m.__reduce__()
    print(f.__name__, args[0].__name__, args[1], getattr(*args) == m)
for fn in (len, max, sorted, iter):
    print(fn.__reduce__(), copy.copy(fn) is fn, copy.deepcopy(fn) is fn)
s = "abc"
f, args = s.upper.__reduce__()
print(f is getattr, args, f(*args)())
print(copy.deepcopy([1, 2].copy)())
