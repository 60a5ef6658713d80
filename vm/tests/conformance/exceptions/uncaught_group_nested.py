# Nested groups are drawn as nested boxes, closed once.
def inner():
    raise ExceptionGroup("inner", [KeyError("k"), IndexError("i")])

try:
    inner()
except ExceptionGroup as e:
    outer = ExceptionGroup("outer", [ValueError("v"), e])
raise outer
