# Mapping patterns: keys must be present, extra keys are ignored, values are sub-patterns.
def f(v):
    match v:
        case {"action": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"action": "say", "text": str(text)}:
            return f"say {text!r}"
        case {"action": action}:
            return f"unknown action {action}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for v in [
    {"action": "move", "x": 1, "y": 2},
    {"action": "move", "x": 1},
    {"action": "say", "text": "hi", "extra": 0},
    {"action": "say", "text": 5},
    {"action": "jump"},
    {},
    {1: 2},
    [("action", "move")],
    "action",
]:
    print(v, "->", f(v))


match {1: "int key", 2.5: "float key", None: "none key", b"b": "bytes key", -3: "neg"}:
    case {1: a, 2.5: b, None: c, b"b": d, -3: e}:
        print(a, b, c, d, e)
