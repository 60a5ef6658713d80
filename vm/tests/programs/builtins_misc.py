# Assorted builtins: conversions, introspection, iteration helpers, math and sys.
import math
import sys

print(len("abc"), len([1]), len({}), len(range(7)), bool([]), bool("x"), bool(0.0))
print(list("ab"), tuple([1]), set(), dict(a=1), str(1.0), repr(None), ascii("é"))
print(callable(len), callable(1), callable(lambda: 0), callable(int))
print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance("s", object))
print(sorted([3, 1, 2], reverse=True), list(reversed(range(3))), sorted({"b": 1, "a": 2}))
print(min(3, 1, 2), max("apple", "pear", key=len), sum([1.5, 2.5]), divmod(9, 4))
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.gcd(12, 18), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, math.hypot(3, 4), math.log(math.e), math.log(8, 2))
print(math.trunc(-3.7), math.fabs(-2), math.isqrt(99), math.fsum([0.1] * 10), math.copysign(1, -0.0))
print(sys.maxsize, type(sys.argv), sys.argv[0].endswith("builtins_misc.py"))
print(abs(-7), pow(2, 8), round(3.14159, 2), chr(65) + chr(66), ord("z"))
print(int(True), float(False), str(True), int("  12  "), int(-0.5))
print(list(zip()), list(zip([1, 2], [3, 4], [5, 6])), list(enumerate([])))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 2, 3]))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(id(len) == id(len), type(id(1)), format(3.14159, ".3f"), format(42, "x"))
g = {"n": 1}
print(eval_like := 5, g["n"])
nums = [1, 2, 3, 4, 5, 6]
print(nums[1:5:2], nums[::-2], nums[-3:-1], slice(1, 5, 2), nums[slice(2)])
print(getattr(math, "tau") > 6, hasattr(sys, "nope"), dir(sys).count("argv"))
print(iter([1, 2]).__next__(), next(iter("xy")), next(iter([]), "empty"))
print(int.__name__, type(len).__name__, object().__class__.__name__)
it = map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
print(list(it), list(filter(lambda v: v % 2, range(10))))
print("%s|%5s|%-6.2f|" % ([1, 2], None, 2.5), f"{[1, 'a']!s} {(1,)!r}")
print(1 if [] else 2, [] or "default", 0 and "never", 5 and 6, not None)
a = b = c = 7
print(a, b, c, 1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(sum(i * i for i in range(1000)), max(range(10), key=lambda v: (v % 4, v)))
print(round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1e20), int(1e20))
print(str(2 ** 0.5)[:8], 1 / 7, 2 / 3, 100 / 7, 1e-7, 123456789012345678.0)
