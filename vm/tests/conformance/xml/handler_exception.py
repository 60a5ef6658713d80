# An exception raised by a handler stops parsing and propagates from Parse.
import pyexpat

seen = []
def start(name, attrs):
    seen.append(name)
    if name == "b":
        raise RuntimeError("stop at " + name)
p = pyexpat.ParserCreate()
p.StartElementHandler = start
try:
    p.Parse(b"<a><b><c/></b></a>", True)
except RuntimeError as e:
    print(type(e).__name__, e, seen)
