# zip(strict=True) and its length errors.
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip(strict=True)))
print(list(zip([1, 2, 3], "ab", strict=False)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3]),
             ([1], [1], [1], []), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
