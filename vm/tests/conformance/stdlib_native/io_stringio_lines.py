# StringIO line reading, writelines, truncate and the abstract base classes.
import io

s = io.StringIO()
s.writelines(["a\n", "b\n", "c"])
print(s.tell(), repr(s.getvalue()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(repr(s.readline(1)), repr(s.readline()), repr(s.read(1)))
print(s.truncate(2), repr(s.getvalue()))
print(isinstance(s, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      issubclass(io.StringIO, io.IOBase), s.readable(), s.writable(), s.seekable())
b = io.BytesIO(b"one\ntwo\n")
print(list(b), b.getbuffer().tobytes() if hasattr(b.getbuffer(), "tobytes") else None)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
print(io.StringIO("x", newline="\r\n").getvalue() == "x")
