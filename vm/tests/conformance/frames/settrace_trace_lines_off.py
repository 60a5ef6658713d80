import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'work':
        events.append(event)
        frame.f_trace_lines = False
    return tracer

def work():
    a = 1
    b = 2
    return a + b

sys.settrace(tracer)
work()
sys.settrace(None)
print(events)
