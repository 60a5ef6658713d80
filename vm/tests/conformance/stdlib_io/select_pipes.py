# select.select on pipe descriptors and on objects with fileno().
import os
import select

r, w = os.pipe()

def show(ready):
    return [["r" if x == r else "w" if x == w else x for x in part] for part in ready]


print(show(select.select([r], [w], [], 0)))
os.write(w, b"data")
print(show(select.select([r], [w], [], 0.5)))


class Fd:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f"Fd({'r' if self.fd == r else 'w'})"


print(select.select([Fd(r)], (Fd(w),), [], None))
os.read(r, 100)
os.close(w)
print(show(select.select([r], [], [], 0)))
os.close(r)
for args in [([], [], [], -1), ([object()], [], []), ([-1], [], [], 0), ([], [], [], "x"),
             (1, [], [], 0)]:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(select.error is OSError)
