# %, // and divmod sign rules for floats and ints
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (0.0, -1), (1e-300, 1e300), (-1e-300, 1e300), (5, float("inf")), (-5, float("inf"))]
for a, b in pairs:
    print(a, b, a % b, a // b, divmod(a, b))
print(6.0 % 3, -6.0 % 3, 6.0 % -3, float("inf") // 1 if False else "skip")
for a, b in [(1.0, 0), (1, 0.0), (1, 0), (float("inf"), 2)]:
    for op in ["%", "//", "divmod"]:
        try:
            r = a % b if op == "%" else a // b if op == "//" else divmod(a, b)
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, type(e).__name__, e)
