import sys

calls = []

def tracer(frame, event, arg):
    if event == 'call':
        calls.append(frame.f_code.co_name)
    return None

def a():
    return b() + c()

def b():
    return 1

def c():
    return b()

sys.settrace(tracer)
a()
sys.settrace(None)
print(calls)
print(sys.gettrace() is None)
