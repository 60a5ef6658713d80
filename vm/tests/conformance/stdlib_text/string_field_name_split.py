# _string.formatter_field_name_split: the first name (int if numeric) and the rest.
import _string

for s in ["", "a", "0", "12", "01", "a.b", "a[0]", "a[x].y[1]", "[0]", ".a", "0x",
          "a[0][1]", "-1", "a.0", "a[-1]"]:
    first, rest = _string.formatter_field_name_split(s)
    print(repr(s), repr(first), list(rest))
for s in ["a.", "a[", "a[0", "a[0]x", "a..b", "a[]"]:
    try:
        first, rest = _string.formatter_field_name_split(s)
        list(rest)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    _string.formatter_field_name_split(None)
except TypeError as e:
    print(type(e).__name__, e)
