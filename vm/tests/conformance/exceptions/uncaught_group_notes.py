# Notes are printed after the exception line, inside the box too.
v = ValueError("with notes")
v.add_note("first note")
v.add_note("second note\nspanning two lines")
g = ExceptionGroup("group with notes", [v, TypeError("plain")])
g.add_note("note on the group")
raise g
