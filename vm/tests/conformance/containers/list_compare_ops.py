print([1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] < [0])
print([1, 2] * 2, [0] * 3, 2 * ["a"], [] * 5)
l = [[]] * 3
l[0].append(1)
print(l)
print([1, 2, 3][1:], list("ab") + ["c"])
l = [1]; l += (2, 3); l *= 2
print(l)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(min([3, 1, 2]), max("hello"), sum([[1], [2]], []))
