# A naked exception re-raised by a bare raise in except* leaves as a group.
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")

try:
    check(-1)
except* ValueError:
    raise
