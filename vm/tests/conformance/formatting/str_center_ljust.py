print("ab".center(7, "*"), "ab".ljust(5, "-"), "ab".rjust(5), "|")
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("abc".center(2))
print("a\tb".expandtabs(4))
