import sys

def bad(frame, event, arg):
    raise RuntimeError("tracer broke")

def f():
    return 1

sys.settrace(bad)
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
print(sys.gettrace())
