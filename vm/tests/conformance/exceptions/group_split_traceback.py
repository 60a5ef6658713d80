# The parts made by split/subgroup share the group's traceback objects, cause, context
# and a copy of its notes, even when the traceback was never read before the split.
def make():
    try:
        try:
            raise KeyError("ctx")
        except KeyError:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)]) from OSError("c")
    except ExceptionGroup as eg:
        return eg


eg = make()
eg.add_note("note")
match, rest = eg.split(ValueError)
print(match, rest)
print(match.__traceback__ is eg.__traceback__, rest.__traceback__ is eg.__traceback__)
print(type(match.__cause__).__name__, type(match.__context__).__name__)
print(match.__notes__, match.__notes__ is eg.__notes__)

eg2 = make()
sub = eg2.subgroup(lambda e: isinstance(e, TypeError))
print(sub, sub.__traceback__ is eg2.__traceback__)
print(eg2.subgroup(ExceptionGroup) is eg2)

# except* hands the handler a split part with the same metadata.
orig = ExceptionGroup("eg", [TypeError(1), ValueError(2)])
try:
    try:
        raise orig
    except* TypeError as e:
        print("handler part:", repr(e), e.__traceback__ is orig.__traceback__)
        raise SyntaxError(3)
except* SyntaxError as e:
    ctx = e.exceptions[0].__context__
    print("context:", repr(ctx), ctx.__traceback__ is orig.__traceback__)
except* ValueError as e:
    print("rest:", repr(e))
