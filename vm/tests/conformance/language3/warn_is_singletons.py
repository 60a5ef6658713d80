# Identity with the singletons, names, calls or non-constant tuples is not warned about.
import warnings

ok = ["x is None", "x is not None", "x is True", "x is False", "x is ...", "None is x",
      "x is y", "x is f()", "x is (y,)", "x is [1]", "x is {}", "x is not x.y",
      "x is __debug__", "x == 1", "x in (1, 2)", "1 < x is y"]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for src in ok:
        compile(src, "<ok>", "eval")
print(len(w), [str(x.message) for x in w])

bad = ["x is 0", "x is -0.5", "x is 'a' 'b'", "x is b'b'", "x is 2j", "x is (1, 'a')",
       "x is ()", "a < b is 3", "x is not -7", "(x is y) is 1"]
for src in bad:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<bad>", "eval")
    print(repr(src), [str(x.message) for x in w])
