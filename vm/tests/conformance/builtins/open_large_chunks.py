# Files larger than one buffer: multi-byte characters and \r\n pairs across chunk borders.
import os

d = "/tmp/krait_conf_open_large_chunks_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "big.txt")
line = "abcé€\U0001F600xyz\r\n"
with open(p, "w", newline="") as f:
    for i in range(3000):
        f.write(str(i) + line)
with open(p, "rb") as f:
    raw = f.read()
print(len(raw))
with open(p) as f:
    text = f.read()
print(len(text), text.count("\n"), "\r" in text, text[-12:])
with open(p) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], lines[1234])
with open(p, newline="") as f:
    n = sum(1 for _ in f)
    print(n)
with open(p) as f:
    parts = []
    while True:
        chunk = f.read(777)
        if not chunk:
            break
        parts.append(chunk)
print(len(parts), "".join(parts) == text)
with open(p) as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(f.readline() == second, pos)
for shift in range(4):
    with open(p, "wb") as f:
        f.write(b"x" * (8192 - shift) + "€\r\nend".encode())
    with open(p) as f:
        t = f.read()
        print(shift, len(t), repr(t[-6:]))
os.remove(p)
os.rmdir(d)
