# Notes of a plain uncaught exception, including a non-str note.
def f():
    e = KeyError("key")
    e.add_note("looked up in the config")
    e.__notes__.append(42)
    raise e

f()
