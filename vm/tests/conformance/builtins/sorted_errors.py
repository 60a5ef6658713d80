# sorted(): key, reverse, stability and errors.
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: 1, 1: 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[0]))
print(sorted([], key=None))
for call in [lambda: sorted(), lambda: sorted([1], [2]), lambda: sorted([1, "a"]),
             lambda: sorted(5), lambda: sorted([1], bogus=1), lambda: sorted([1, 2], key=5)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
