import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'gen' and event in ('call', 'return'):
        events.append((event, arg))
    return tracer

def gen():
    yield 1
    yield 2

sys.settrace(tracer)
print(list(gen()))
sys.settrace(None)
print(events)
