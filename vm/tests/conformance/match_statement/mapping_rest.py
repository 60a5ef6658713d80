# `**rest` binds a new dict of the remaining items (a copy, even when nothing remains).
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": a, **rest}:
        print(a, rest, rest is d, type(rest).__name__)

match d:
    case {**everything}:
        print(everything, everything is d)
        everything["z"] = 26
print(d)

match {"only": 1}:
    case {"only": 1, **rest}:
        print("rest is", rest)


class MyDict(dict):
    pass


match MyDict(x=1, y=2):
    case {"x": 1, **others}:
        print(type(others).__name__, others)
