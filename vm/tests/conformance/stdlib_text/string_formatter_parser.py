# _string.formatter_parser splits a template into (literal, field, spec, conversion).
import _string

for s in ["", "abc", "a{{b", "a}}b", "{}", "{0}", "x{a.b[c]!r:>{w}}y", "{!s}", "{:}",
          "{a:{b:{c}}}", "{0]}", "{[}]}", "{:{{}}}", "}}{{", "{0!x:}", "{a[b:c]}",
          "{a.b:c!r}", "x{{", "{a[{]}", "{a!r:{b}}", "{a!{}", "{a:}}}", "{a!:}", "{[]}"]:
    print(repr(s), list(_string.formatter_parser(s)))

for s in ["{", "}", "a{", "{a", "{a!}", "{a!rr}", "{a!r", "{0[}", "{a:b}}", "{}}",
          "{a{b}}", "{a:{}", "{!}", "{a[x}", "a}b{c}", "{a!rx}", "{a!"]:
    try:
        list(_string.formatter_parser(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    _string.formatter_parser(1)
except TypeError as e:
    print(type(e).__name__, e)
