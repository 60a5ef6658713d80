# count and replace with empty patterns, counts and non-ASCII text
s = "h\xe9llo w\xf6rld"
print(s.count("l"), s.count(""), s.count("l", 3), s.count("", 5, 7), s.replace("l", "L"), s.replace("l", "", 2))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaaa".replace("aa", "b"), "abc".replace("b", "B", 0))
print("abc".replace("b", "B", -5), "\u20ac\u20ac".replace("\u20ac", "E"), s.find("w\xf6"), s.rfind("l"), s.index("\xf6"))
for args in [(1, "x"), ("a",), ("a", 2)]:
    try:
        "abc".replace(*args)
    except TypeError as e:
        print(type(e).__name__, e)
