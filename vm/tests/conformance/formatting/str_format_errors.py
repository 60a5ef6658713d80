cases = [
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{0[5]}".format([1]),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0.nope}".format(1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
