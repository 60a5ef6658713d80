print(1 in [1, 2], 3 not in (1, 2), "k" in {"k": 0}, 0 in {"k": 0})
print("ell" in "hello", "" in "x", 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(2 in {2}, [1] in [[1]], None in [0, False])
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
