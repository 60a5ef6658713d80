cases = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: sorted(),
    lambda: max(),
    lambda: isinstance(1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
