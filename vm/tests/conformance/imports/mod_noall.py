a = 1
b = 2
_hidden = 3
def f():
    return "f"
import sys as _sys
