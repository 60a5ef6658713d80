import traceback
import sys

def f():
    x = {}
    return x['missing']

try:
    f()
except KeyError as e:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print(text.replace(__file__, "FILE"), end="")
    print("--")
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"), end="")
    print("--")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
