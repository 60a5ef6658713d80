# string.Formatter: format and vformat, with each overridable step.
from string import Formatter

f = Formatter()
print(f.format("{} and {}", "a", "b"))
print(f.format("{0}{1}{0}", "x", "y"))
print(f.format("{name!r:>8}|{n:03d}", name="ab", n=7))
print(f.format("{0[1]} {0[k]} {1.real}", {1: "one", "k": "kay"}, 3))
print(f.format("{:{w}.{p}f}", 3.14159, w=8, p=2))
print(f.format("{{literal}} {0!s} {0!a}", "é"))
print(list(f.parse("a{b!r:c}d")))
print(f.get_field("0.real", (5,), {}), f.get_value("k", (), {"k": 1}))
print(f.convert_field(3, None), f.convert_field("x", "r"))
for bad in [lambda: f.format("{0}{}", 1, 2), lambda: f.format("{}{0}", 1, 2),
            lambda: f.convert_field(1, "x"), lambda: f.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4),
            lambda: f.format("{x}"), lambda: f.format("{1}", 0)]:
    try:
        print(bad())
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


try:
    Strict().format("{a}", a=1, b=2)
except ValueError as e:
    print(e)


class Upper(Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, key.upper() if isinstance(key, str) else args[key])

    def format_field(self, value, spec):
        return "<" + super().format_field(value, spec) + ">"

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Upper().format("{x} {y!u} {0:>3}", 7, x="given"))
print(Upper().vformat("{a}-{b}", (), {"a": 1}))
