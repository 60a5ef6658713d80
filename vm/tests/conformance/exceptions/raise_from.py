
try:
    try: 1/0
    except ZeroDivisionError as e: raise KeyError(1) from e
except KeyError as k: print(type(k.__cause__).__name__, k.__suppress_context__)
