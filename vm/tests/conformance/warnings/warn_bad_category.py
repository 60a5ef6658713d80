import warnings
for bad in (5, str, "UserWarning", None.__class__):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print(type(e).__name__, e)
