import traceback

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def text(self):
        return ''.join(self.parts)

def f():
    return [1][5]

try:
    f()
except IndexError as e:
    for chunk in traceback.format_tb(e.__traceback__):
        print(chunk.replace(__file__, "FILE"), end="")
    print("--")
    out = Collect()
    traceback.print_tb(e.__traceback__, file=out)
    print(out.text().replace(__file__, 'FILE'), end='')
