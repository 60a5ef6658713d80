# str.find/rfind/index/count/startswith with bounds beyond the machine word saturate.
import sys

big = sys.maxsize + 1
print("ab".find("xxx", big, 0), "ab".rfind("x", big), "abc".find("c", -big), "abc".rfind("a", -big, big))
print("abc".count("b", -big, big), "abc".count("", big), "abc".startswith("a", -big), "abc".endswith("c", 0, big))
print("".find("xx", sys.maxsize, 0), "abc".find("b", 2 ** 100), "abc".find("b", -(2 ** 100)))
try:
    "abc".index("z", -big, big)
except ValueError as e:
    print(type(e).__name__, e)
for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
    for args in [("x", None, None, None), ()]:
        try:
            getattr("hello", m)(*args)
        except TypeError as e:
            print(type(e).__name__, e)
for idx in ["x", 1.5, None]:
    try:
        "abc"[idx]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lst = [1]
    lst[1.5]
except TypeError as e:
    print(type(e).__name__, e)
a = "abc" * 3
print(a * 1 is a, 1 * a is a, (a * 1) == a)


class S(str):
    pass


b = S("xy")
print(type(b * 1).__name__, b * 1 is b, b * 1 == b)
