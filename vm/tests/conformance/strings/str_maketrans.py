# str.maketrans forms and their errors
print(str.maketrans("abc", "xyz"))
print(str.maketrans("ab", "cd", "ef"))
print(sorted(str.maketrans({"a": "1", 98: None, "c": 67}).items()))
print("a-b-c".translate(str.maketrans("-", "_")))
print("hello".translate(str.maketrans("", "", "l")))
cases = [
    ("ab", "c"),
    (1,),
    ({"ab": 1},),
    ({1.5: 1},),
    ("a", "b", 5),
    ("a", 5),
    ({}, "a"),

]
for args in cases:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
