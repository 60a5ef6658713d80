s = "héllo\n"
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{p!r:>8}|")
