# The traceback module's text of caught exceptions (file paths shown as <file>).
import sys
import traceback

def show(lines):
    print("".join(lines).replace(__file__, "<file>"), end="")

def inner(x):
    return 10 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    text = traceback.format_exc()
    show([text])
    print("".join(traceback.format_exception(e)) == text)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

print(repr(traceback.format_exc()))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("while looking up") from k
except ValueError as v:
    show(traceback.format_exception(v))
    show(traceback.format_exception(v, chain=False))
    show(traceback.format_exception(type(v), v, v.__traceback__))

try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    g.add_note("with a note")
    show(traceback.format_exception(g))

e = SyntaxError("bad", ("f.py", 1, 3, "a b c\n", 1, 4))
print(traceback.format_exception_only(e))
print(traceback.format_exception(ValueError("never raised")))
print(traceback.format_exception_only(None))

# print_exc writes to stderr.
try:
    outer()
except ZeroDivisionError:
    traceback.print_exc()
print("still running")
