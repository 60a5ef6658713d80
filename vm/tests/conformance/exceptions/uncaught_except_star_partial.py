# The unhandled part of a group, re-raised after the except* clauses, with its notes.
def gather():
    problems = [ValueError("handled"), TypeError("left over"), KeyError("also left")]
    eg = ExceptionGroup("gathered", problems)
    eg.add_note("collected by gather()")
    raise eg

try:
    gather()
except* ValueError as e:
    print("handled:", repr(e))
