# map with several iterables (stops at the shortest) and filter(None, ...).
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(str, range(3))), list(map(len, [])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(7))))
print(list(filter(str.isdigit, "a1b2")))
for call in [lambda: map(len), lambda: map(), lambda: filter(None), lambda: map(len, 5),
             lambda: filter(None, 5), lambda: list(map(5, [1]))]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
