import traceback

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def text(self):
        return ''.join(self.parts)
import sys
import os

def leaf():
    stack = traceback.extract_stack()
    print([fs.name for fs in stack])
    print(os.path.basename(stack[-1].filename), stack[-1].line)
    for line in traceback.format_stack(limit=2):
        print(line.replace(__file__, "FILE"), end="")
    out = Collect()
    traceback.print_stack(sys._getframe(), limit=1, file=out)
    print(out.text().replace(__file__, 'FILE'), end='')

def branch():
    leaf()

branch()
