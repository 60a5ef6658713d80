# Dict and set iterators reduce to iter(list of the items left).
d = {1: "a", 2: "b", 3: "c"}
for it in (iter(d), iter(d.values()), iter(d.items())):
    f, args = it.__reduce__()
    print(f is iter, args)
    next(it)
    f, args = it.__reduce__()
    print(args, list(f(*args)) == list(it))
    print(it.__reduce__())

s = {10, 20, 30}
it = iter(s)
f, args = it.__reduce__()
print(f is iter, sorted(args[0]))
first = next(it)
f, args = it.__reduce__()
print(sorted(args[0] + [first]))
list(it)
print(it.__reduce__()[1])

fs = frozenset("ab")
print(sorted(iter(fs).__reduce__()[1][0]))

# The reduction does not advance the iterator.
it = iter({1: 2, 3: 4})
it.__reduce__()
print(list(it))
