# center / ljust / rjust / zfill results and argument errors
print(repr("ab".center(5)), repr("ab".center(6, "*")), repr("abc".center(6, "-")), repr("x".center(0)))
print(repr("ab".ljust(4, "\xe9")), repr("ab".rjust(4, "0")), "-42".zfill(6), "+7".zfill(3), "abc".zfill(2))
for args in [(5, "ab"), (5, ""), ("5",), (5, 1), ()]:
    try:
        print("x".center(*args))
    except TypeError as e:
        print(type(e).__name__, e)
