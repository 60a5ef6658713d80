cases = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "x",
    lambda: "%z" % 1,
    lambda: "%(a)s" % 1,
    lambda: "%(a)s" % {"b": 1},
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
