# Comments and processing instructions, inside and outside the root.
import pyexpat

p = pyexpat.ParserCreate()
p.CommentHandler = lambda t: print("comment", repr(t))
p.ProcessingInstructionHandler = lambda t, d: print("pi", repr(t), repr(d))
p.Parse(b"<!-- before --><?style href='x'?><a><!----><?p  d ?><?q?></a><!--\r\nafter-->", True)
for bad in [b"<a><?xml x?></a>", b"<a><?XML x?></a>", b"<a/><?xml x?>", b"<a><?xm x?></a>"]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(bad, True)
        print(bad, "ok")
    except pyexpat.ExpatError as e:
        print(bad, e)
