# Groups nested deeper than 10 levels are cut off.
def make(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {depth}", [make(depth - 1)])

raise make(12)
