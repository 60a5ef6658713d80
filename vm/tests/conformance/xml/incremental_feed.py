# Input may be split anywhere; events come as soon as their tokens are complete.
import pyexpat

doc = "<?xml version='1.0'?><r a='x&amp;y'><!-- c --><?pi data?><s>caf\u00e9 &#233;</s><![CDATA[<x>]]></r>".encode()

def run(pieces):
    events = []
    p = pyexpat.ParserCreate()
    p.buffer_text = True
    p.StartElementHandler = lambda n, a: events.append(("start", n, a))
    p.EndElementHandler = lambda n: events.append(("end", n))
    p.CharacterDataHandler = lambda t: events.append(("data", t))
    p.CommentHandler = lambda t: events.append(("comment", t))
    p.ProcessingInstructionHandler = lambda t, d: events.append(("pi", t, d))
    for piece in pieces:
        p.Parse(piece, False)
    p.Parse(b"", True)
    return events

whole = run([doc])
print(whole)
print(all(run([doc[:i], doc[i:]]) == whole for i in range(len(doc))))
print(run([bytes([b]) for b in doc]) == whole)

p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print("start", n)
p.CharacterDataHandler = lambda t: print("data", repr(t))
for piece in [b"<a>he", b"llo", b" wo", b"rld<", b"/a>"]:
    print("feed", piece)
    p.Parse(piece)
