evens = {x for x in range(10) if x % 2 == 0}
print(sorted(evens), 4 in evens, len(evens))
squares = {x * x for x in [-2, -1, 0, 1, 2]}
print(sorted(squares))
print(sorted({c.lower() for c in "AbBa"}))
print(set() == set([]), {1, 2} != {2, 1})
