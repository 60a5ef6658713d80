# io.StringIO and io.BytesIO: reading, writing, seeking, closing.
import io
s = io.StringIO("ab\ncd\n"); print(s.readline(), s.read(), s.tell()); s.write("x"); print(repr(s.getvalue()))
s.seek(0); print(list(s)); s.seek(1); s.write("ZZ"); print(s.getvalue())
with io.StringIO() as f: f.write("hi"); print(f.getvalue())
print(f.closed)
try: f.getvalue()
except ValueError as e: print(e)
b = io.BytesIO(b"xy"); b.seek(5); b.write(b"!"); print(b.getvalue())
try: io.StringIO(b"x")
except TypeError as e: print(e)
try: io.StringIO().write(3)
except TypeError as e: print(e)
print(io.StringIO("a\r\nb", newline=None).read().splitlines())
