import traceback

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def text(self):
        return ''.join(self.parts)
import sys

def f():
    raise ValueError("printed")

try:
    f()
except ValueError:
    out = Collect()
    traceback.print_exc(file=out)
    print(out.text().replace(__file__, 'FILE'), end='')
    s = traceback.format_exc()
    print(s.splitlines()[-1])
print(repr(traceback.format_exc()))
