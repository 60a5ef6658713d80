# Parsing after the final call is an error.
import pyexpat

p = pyexpat.ParserCreate()
print(p.Parse(b"<a/>", True))
try:
    p.Parse(b"", True)
except pyexpat.ExpatError as e:
    print(e.code, e)
