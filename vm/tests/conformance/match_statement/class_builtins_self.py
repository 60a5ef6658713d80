# The builtins bool, bytes, dict, float, frozenset, int, list, set, str and tuple match
# their single positional sub-pattern against the subject itself.
def f(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(x):
            return f"float {x}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"non-empty list starting {first}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k {k}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "s", b"b", [7, 8], [], (1, 2), {"k": 0}, {}, frozenset({2, 1}), {3, 1}, None]:
    print(f(v))


class MyInt(int):
    pass


match MyInt(5):
    case int(n):
        print("subclass matches itself:", n)


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyStr("abc"):
    case str(x):
        print("with __match_args__ it uses them:", x)
