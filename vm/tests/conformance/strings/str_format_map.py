# str.format_map looks names up with mapping[name], so __missing__ applies
print("{a} and {b}".format_map({"a": 1, "b": [2]}))


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} is {age:>4} {unknown}".format_map(Default(name="Ann", age=7)))
print("{x[0]} {x[1]!r} {y.real}".format_map({"x": ["p", "q"], "y": 3}))


class Lookup:
    def __getitem__(self, key):
        return key * 2


print("{ab}-{c}".format_map(Lookup()))
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
