# min/max with key and default, and their error messages.
print(min(3, 1, 2), max(3, 1, 2), min("bca"), max([1, 5, 2], key=lambda x: -x))
print(min([], default=None), max((), default="empty"), min([4], default=0))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([1, 2, 3], key=None))
for call in [lambda: min(), lambda: max([]), lambda: min(1, 2, default=0), lambda: max(5),
             lambda: min([1, "a"]), lambda: max(1, 2, bogus=3), lambda: min([], key=len)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
