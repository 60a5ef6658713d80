# io.TextIOWrapper's newline modes on reading and writing.
import io

raw = "a\r\nb\rc\nd"
for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(raw.encode()), encoding="ascii", newline=newline)
    print(repr(newline), [line for line in t], t.newlines if newline is None else "")
for newline in (None, "", "\n", "\r", "\r\n"):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="ascii", newline=newline)
    t.write("x\ny\r\n")
    t.flush()
    print(repr(newline), b.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"12345\n67890\n"), encoding="ascii")
print(repr(t.readline(3)), repr(t.readline()), repr(t.readline(0)), t.readlines())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.reconfigure(newline="\r\n")
t.write("r\n")
t.flush()
print(t.buffer.getvalue())
for bad in [{"newline": "x"}, {"newline": 5}, {"encoding": 5}, {"errors": 5}]:
    try:
        io.TextIOWrapper(io.BytesIO(), **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(raw, newline=newline)
    print("StringIO", repr(newline), list(s))
