# format() and f-strings with complex numbers
for z, spec in [(1 + 2j, ""), (1 + 2j, ".2f"), (1 + 2j, "10"), (3j, ".2f"), (3j, ""), (3j, "g"), (1 + 2j, "^14.1f"),
                (1 - 2j, "+.1e"), (-1.5 + 0j, "g"), (1 + 2j, "<12"), (1 + 2j, " "), (1e20 + 1j, ".3"), (1 + 2j, "*>12.1f"),
                (complex(-0.0, 0), ""), (1.5 + 2.25j, ".1"), (1 + 2j, "n"), (1 + 2j, "_.2f"), (1234567 + 1j, ",.1f"), (1 + 2j, "E")]:
    print(repr(spec), repr(format(z, spec)))
z = 2.5 - 1j
print(f"{z}|{z!r}|{z:.1f}|{z:>12}|{z!s:<10}|")
for spec in ["=10", "010", "d", "x", "%", "s"]:
    try:
        format(1 + 2j, spec)
    except ValueError as e:
        print(type(e).__name__, e)
