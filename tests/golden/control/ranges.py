# range: starts, stops, negative steps, emptiness, len and membership.
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -1)))
print(len(range(10)), len(range(1, 10, 4)), len(range(10, 0, -3)), len(range(0, -5)))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(5), range(1, 5), range(1, 10, 2))
r = range(1, 20, 3)
print(r[0], r[-1], r[2], list(r[1:3]))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
