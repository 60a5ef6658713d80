# and/or return an operand and short-circuit; truthiness of the built-in types.
def t(label, value):
    print("called", label)
    return value

print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or 5 or 6)
for value in [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False]:
    print(repr(value), bool(value), not value)
print(True and False, True or False, not True, not None)
print(True == 1, False == 0, True + True, isinstance(True, int))
x = None
print(x or "default", x and x.missing)
