# str.format_map takes named fields only.
print("{a}-{b[0]}".format_map({"a": 1, "b": [2]}))
for template in ["{}", "{0}", "{a}{}", "{0.real}"]:
    try:
        template.format_map({"a": 2})
    except ValueError as e:
        print(repr(template), type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
