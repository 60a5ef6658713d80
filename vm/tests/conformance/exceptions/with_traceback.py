
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e: print(e.__traceback__ is not None)
