# A format spec with two thousands separators is rejected with CPython's messages.
for spec in [",_", "_,", ",,", "__", ",_d", "10,_", ",", "_", "_x", ",.2f"]:
    for value in [1234567, 1234.5]:
        try:
            print(repr(spec), format(value, spec))
        except ValueError as e:
            print(repr(spec), type(e).__name__, e)
x = 10 ** 6
try:
    print(f"{x:,_}")
except ValueError as e:
    print(type(e).__name__, e)
