import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'target':
        events.append((event, frame.f_lineno - target.__code__.co_firstlineno, arg if event == 'return' else None))
    return tracer

def target(n):
    total = 0
    for i in range(n):
        total += i
    return total

sys.settrace(tracer)
target(2)
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
