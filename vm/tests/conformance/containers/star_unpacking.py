a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *_ = (9,)
print(first, _)
print([*range(3), *"ab"], (*[1], 2), {*"aa"}, {**{"k": 1}})
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
