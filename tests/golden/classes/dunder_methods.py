# Special methods: __str__, __repr__, __eq__, __lt__, __len__, __add__, __getitem__, __contains__.
class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)

    def __repr__(self):
        return "Vector(" + ", ".join(repr(c) for c in self.coords) + ")"

    def __str__(self):
        return "<" + " ".join(str(c) for c in self.coords) + ">"

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.coords, other.coords)])

    def __mul__(self, k):
        return Vector(*[c * k for c in self.coords])

    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, i):
        return self.coords[i]

    def __contains__(self, x):
        return x in self.coords

    def __lt__(self, other):
        return self.coords < other.coords

    def __bool__(self):
        return any(self.coords)


v = Vector(1, 2)
w = Vector(3, 4)
print(v, repr(v), [v, w], str(w))
print(v + w, v * 3, v == Vector(1, 2), v == w, v != w)
print(len(v), v[0], v[-1], 2 in v, 5 in v)
print(sorted([w, v]), v < w, bool(Vector(0, 0)), bool(v))
print(f"{v} and {v!r}")


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
