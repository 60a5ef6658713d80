# Start, end and character data events with attributes as a dict.
import pyexpat

p = pyexpat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print("start", name, attrs)
p.EndElementHandler = lambda name: print("end", name)
p.CharacterDataHandler = lambda text: print("data", repr(text))
print(p.Parse(b"<root a='1' b=\"two\"><child/>text<x y='&lt;&amp;&gt;'>in</x></root>", True))
