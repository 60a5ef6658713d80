# removeprefix / removesuffix, find/count bounds, startswith with tuples and bounds
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1), "abc".count("", 1), "abc".count("", 5))
print("hello".find("l", -2), "hello".rfind("l", 0, 3), "hello".index("l", 3), "hello".count("l", 0, -1))
print("hello".startswith(("x", "he")), "hello".startswith("ll", 2), "hello".endswith("ll", 0, 4), "hello".startswith("", 5), "hello".startswith("", 6))
for call in [lambda: "x".removeprefix(1), lambda: "x".startswith(1), lambda: "x".startswith((1,)), lambda: "x".index("y"), lambda: "x".rindex("y"), lambda: "x".find(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
