import traceback

def f():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])

try:
    f()
except ExceptionGroup as e:
    text = "".join(traceback.format_exception(e))
    print(text.replace(__file__, "FILE"), end="")
