# format() with specs, __format__ and errors.
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","))
print(format(5), format(None), format([1, 2]), repr(format("s", "")))


class F:
    def __format__(self, spec):
        return "F(" + spec + ")"


print(format(F(), "abc"), f"{F():xyz}")
for call in [lambda: format(1, 5), lambda: format(object(), "x"), lambda: format(1, "q"),
             lambda: format("s", "d")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
