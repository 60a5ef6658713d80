import sys

lines = []

def local(frame, event, arg):
    if event == 'line':
        lines.append(frame.f_lineno)
    return local

def glob(frame, event, arg):
    return None

def work():
    a = 1
    b = 2
    return a + b

def run():
    sys.settrace(glob)
    sys._getframe().f_trace = local
    x = work()
    y = x + 1
    sys.settrace(None)
    return y

base = run.__code__.co_firstlineno
print(run())
print([l - base for l in lines])
