# print() without file= writes to the current sys.stdout, whatever object it is.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
sys.stdout = cap
print("captured", 1, sep="+")
print("again", flush=True)
exec(compile("'shown'", "s", "single"))
sys.stdout = sys.__stdout__
print(cap.parts)
print("back to normal")
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("restored")
