# ParseFile reads a binary file object to its end.
import io
import pyexpat

p = pyexpat.ParserCreate()
p.buffer_text = True
n = []
p.CharacterDataHandler = lambda t: n.append(len(t))
p.EndElementHandler = lambda name: print("end", name, sum(n))
print(p.ParseFile(io.BytesIO(b"<a k='v'>" + b"x" * 5000 + b"</a>")))
try:
    p.ParseFile(42)
except TypeError as e:
    print(type(e).__name__, e)
