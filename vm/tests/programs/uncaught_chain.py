# An uncaught exception with an explicit cause and a caret-marked expression.
def parse(text):
    return int(text)


def load(items):
    out = {}
    for key, text in items:
        try:
            out[key] = parse(text)
        except ValueError as e:
            raise KeyError(key) from e
    return out


print(load([("a", "1")]))
data = {"a": 1}
total = data["a"] + load([("b", "x")])["b"]
