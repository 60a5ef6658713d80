# BytesIO and StringIO written in many pieces: appends, overwrites, writes past the end,
# and reads, seeks, truncation and the value between them.
import io

b = io.BytesIO()
for i in range(2000):
    b.write(b"%d," % i)
print(b.tell(), len(b.getvalue()), b.getvalue()[:20], b.getvalue()[-12:])
b.seek(3)
print(b.read(6), b.tell())
b.write(b"XY")
print(b.getvalue()[:14], b.tell())
b.seek(0, 2)
b.write(bytearray(b"tail"))
b.write(memoryview(b"!!"))
print(b.getvalue()[-10:], b.tell())
b.seek(len(b.getvalue()) + 3)
b.write(b"gap")
print(b.getvalue()[-12:], b.tell())
b.seek(4)
b.truncate()
print(b.getvalue(), b.tell(), b.read())
b.write(b"abc")
b.write(b"\nline2\nline3")
b.seek(0)
print(b.readline(), b.readline(), b.readline(), b.readline())
print(bytes(b.getbuffer()), b.read(), b.read(5))
b.seek(0)
b.write(b"0123456789")
b.seek(2)
print(b.read(3), b.read1(2), b.readline(2), b.read(-1), b.read(None))
print(b.write(b""), b.tell())
ba = bytearray(b"mutable")
b2 = io.BytesIO()
b2.write(ba)
ba[0:1] = b"M"
print(b2.getvalue())
b2.close()
for op in (lambda: b2.write(b"x"), b2.getvalue, b2.read, b2.readline):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
try:
    b.write("str")
except TypeError as e:
    print("TypeError", e)

s = io.StringIO()
for i in range(500):
    s.write("line %d\n" % i)
print(s.tell(), s.getvalue()[:14].splitlines())
s.seek(0)
print(s.readline(), s.readline(), len(s.readlines()))
s.seek(5)
s.write("ZZ")
print(s.getvalue()[:12].splitlines())
t = io.StringIO(newline="\r\n")
t.write("a\nb")
t.write("\nc")
print(repr(t.getvalue()), t.tell())
u = io.StringIO(newline=None)
u.write("x\r\ny\rz")
u.write("\r\n")
print(repr(u.getvalue()))
u.seek(0)
print([line for line in u])

s.close()
for op in (lambda: s.write("x"), s.getvalue, s.read, s.readline, s.tell):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)

import copy
b = io.BytesIO(b"ab")
b.write(b"cd")
c = copy.copy(b)
c.write(b"x")
print(b.getvalue(), c.getvalue(), c.tell())
s = io.StringIO("ab")
s.seek(2)
s.write("q")
t = copy.copy(s)
t.write("zz")
d = copy.deepcopy(t)
d.write("!")
print(s.getvalue(), t.getvalue(), d.getvalue())
