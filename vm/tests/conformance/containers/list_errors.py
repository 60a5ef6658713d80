l = [1, 2]
cases = [
    lambda: l.remove(9),
    lambda: l.index(9),
    lambda: [].pop(),
    lambda: l.pop(5),
    lambda: l[5],
    lambda: l.__setitem__(7, 0),
    lambda: l["a"],
    lambda: l + (1,),
    lambda: l * 1.5,
    lambda: [1, "a"].sort(),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
