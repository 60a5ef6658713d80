# An uncaught exception group: the box with each member's traceback.
def fail(n):
    raise ValueError(f"bad {n}")

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(TypeError("no traceback"))
    raise ExceptionGroup("several failures", errors)

collect()
