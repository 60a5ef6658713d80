# Sorting: stability, reverse, keys of strs, numbers and nested tuples, mixed-type errors.
print(sorted([0.0, -0.0, 1, -1, 0, 2.5, -0.0]))
print(sorted([(1, "b"), (1, "a"), (0.5, "z"), (1.0, "a", 1), (1,)]))
print(sorted([("x", (2, "a")), ("x", (1, "b")), ("a", (3,))], reverse=True))
print(sorted([3, 1.5, 2, -7, 1e20, -1e20, 2 ** 60]))
print(sorted([(2 ** 60, 1), (2 ** 60 + 1, 0)]))
print(sorted(["b", "a", "B", ""]), sorted([(), (1,), (0, 5)]))
try:
    sorted([(1, "a"), ("a", 1)])
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([float("nan"), 1.0, 0.5])[1:])
