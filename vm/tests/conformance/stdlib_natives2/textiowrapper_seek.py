# io.TextIOWrapper over BytesIO: tell, seek, truncate, detach and closing.
import io

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
t.write("héllo\nwörld\n")
print(t.tell())
t.seek(0)
print(repr(t.readline()), t.tell())
print(repr(t.read(3)), t.tell())
t.seek(0, 2)
print(t.tell())
for args in [(1, 1), (-1, 2)]:
    try:
        t.seek(*args)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
t.seek(0)
print(t.truncate(7), repr(t.read()))
print(t.readable(), t.writable(), t.seekable(), t.isatty())
raw = t.detach()
print(raw is b, raw.getvalue())
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
t2 = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
with t2:
    print(t2.read(), t2.closed)
print(t2.closed)
try:
    t2.read()
except ValueError as e:
    print("ValueError", e)
