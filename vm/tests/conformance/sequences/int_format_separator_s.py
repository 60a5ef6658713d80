# format(int, spec) with a thousands separator and a type that refuses it.
for spec in (",s", "_s", ",c", "_c", ",x", "_x", ",b", ",o", ",X", ",n", "_n", ",=s", "s", ",d", "_d"):
    try:
        print(spec, repr(format(1234567, spec)))
    except ValueError as e:
        print(spec, "ValueError", e)
