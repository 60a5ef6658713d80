import traceback
import os

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    summary = traceback.extract_tb(e.__traceback__)
    for fs in summary:
        print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
    print(len(summary), type(summary).__name__)
    fs = summary[-1]
    print(fs[2], len(fs), list(fs)[1:3])
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name)
    print(traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
