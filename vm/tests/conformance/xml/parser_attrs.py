# Parser attributes: handlers default to None, unknown names and bad values are refused.
import pyexpat
import sys

p = pyexpat.ParserCreate()
print(p.StartElementHandler, p.buffer_text, p.buffer_size, p.namespace_prefixes, p.intern)
f = print
p.CommentHandler = f
print(p.CommentHandler is f)
p.CommentHandler = None
print(p.CommentHandler)
for name in ("returns_unicode",):
    try:
        getattr(p, name)
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
for size in (-1, 0, 2**31, sys.maxsize + 1, 512.0):
    try:
        p.buffer_size = size
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(1,), (None, "ab"), (None, 1)]:
    try:
        pyexpat.ParserCreate(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pyexpat.ParserCreate(intern=None).intern)
try:
    pyexpat.XMLParserType()
except TypeError as e:
    print(type(e).__name__, e)
