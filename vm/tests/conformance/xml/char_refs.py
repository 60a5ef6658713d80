# Character references, decimal and hexadecimal, in content and attributes.
import pyexpat

p = pyexpat.ParserCreate()
p.buffer_text = True
p.StartElementHandler = lambda n, a: print(a)
p.CharacterDataHandler = lambda t: print(repr(t))
p.Parse(b"<a v='&#9;&#10;&#13;&#x20;\t\n x'>&#65;&#x1F600;&#xd;&#10;</a>", True)
for bad in [b"<a>&#xD800;</a>", b"<a>&#1;</a>", b"<a>&#x;</a>", b"<a>&#12a;</a>"]:
    try:
        pyexpat.ParserCreate().Parse(bad, True)
    except pyexpat.ExpatError as e:
        print(bad, e)
