# CurrentLineNumber/ColumnNumber/ByteIndex during handlers and after Parse.
import pyexpat

p = pyexpat.ParserCreate()
def show(kind):
    return lambda *a: print(kind, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.StartElementHandler = show("start")
p.EndElementHandler = show("end")
p.CommentHandler = show("comment")
p.ProcessingInstructionHandler = show("pi")
p.Parse("<r>\n  <\u00e9l\u00e9ment a='1'/>\n  <!-- c --><?p?>\n</r>".encode(), False)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
