# %-formatting with mapping keys: an unclosed key, a missing mapping.
for fmt, arg in (("%(n", {}), ("%(n)s", None), ("%(a(b)c)s", {"a(b)c": 1}), ("%(n", None),
                 ("%(n)s", {}), ("%(x)d %(y)s", {"x": 1, "y": "z"})):
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
