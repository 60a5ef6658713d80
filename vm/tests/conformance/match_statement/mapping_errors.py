# Mapping patterns whose keys repeat at run time (through value patterns) raise
# ValueError; a missing key earlier in the pattern wins; unhashable subjects' keys.
class K:
    a = "x"
    b = "x"


def dup(v):
    match v:
        case {K.a: 1, K.b: 2}:
            return "matched"
        case _:
            return "no match"


for v in [{"x": 1}, {"y": 1, "z": 2}, {}]:
    try:
        print(dup(v))
    except ValueError as e:
        print(type(e).__name__, e)


class Raises(dict):
    def get(self, key, default=None):
        raise KeyError("from get")


try:
    match Raises(k=1):
        case {"k": v}:
            print(v)
except KeyError as e:
    print(type(e).__name__, e)


class Box:
    key = [1]


try:
    match {"a": 1}:
        case {Box.key: v}:
            print(v)
except TypeError as e:
    print(type(e).__name__, e)
