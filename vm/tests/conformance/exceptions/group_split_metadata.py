# Parts made by split carry the original's cause, context and a copy of its notes.
cause = KeyError("cause")
ctx = IndexError("ctx")
g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.__cause__ = cause
g.__context__ = ctx
g.add_note("a note")
m, r = g.split(ValueError)
for part in (m, r):
    print(repr(part), part.__cause__ is cause, part.__context__ is ctx,
          part.__suppress_context__, part.__notes__, part.__notes__ is g.__notes__)
m.add_note("only on match")
print(g.__notes__, m.__notes__, r.__notes__)
try:
    raise g
except ExceptionGroup as caught:
    m, r = caught.split(TypeError)
    print(m.__traceback__ is not None, r.__traceback__ is not None)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, hasattr(m, "__notes__"))
