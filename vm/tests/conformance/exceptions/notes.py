# add_note and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(type(err).__name__, err)
e.__notes__ = ("not", "a list")
try:
    e.add_note("three")
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
g = ExceptionGroup("g", [ValueError()])
g.add_note("group note")
print(g.__notes__)
