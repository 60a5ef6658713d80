import warnings
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
c = Collect()
warnings.showwarning("to a file", UserWarning, "some.py", 7, file=c, line="a = 1")
print(c.parts)
