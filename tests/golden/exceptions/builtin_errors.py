# CPython's messages for the common built-in errors.
nothing = None
five = 5
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: "x" * "y",
    lambda: -"x",
    lambda: len(5),
    lambda: int("12a"),
    lambda: missing_name,
    lambda: None.attr,
    lambda: (1).foo,
    lambda: nothing(),
    lambda: five(),
    lambda: 1 < "a",
    lambda: [].pop(),
    lambda: [1].remove(2),
    lambda: {}.popitem(),
    lambda: float("nope"),
    lambda: {[]: 1},
    lambda: iter(5),
    lambda: hash([]),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
