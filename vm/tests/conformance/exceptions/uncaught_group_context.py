# A group whose own context is printed before the box.
try:
    {}["missing"]
except KeyError:
    raise ExceptionGroup("during handling", [ValueError("v")])
