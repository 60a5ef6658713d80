# sum() with start, and its refusals.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([0.5, 0.25], start=1), sum(range(101)), sum([], 7))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]),
             lambda: sum(5), lambda: sum()]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
