import sys

seen = []

def tracer(frame, event, arg):
    if frame.f_code.co_name in ('fails', 'catcher'):
        if event == 'exception':
            seen.append((frame.f_code.co_name, event, arg[0].__name__, str(arg[1])))
        elif event in ('call', 'return'):
            seen.append((frame.f_code.co_name, event))
    return tracer

def fails():
    raise KeyError('x')

def catcher():
    try:
        fails()
    except KeyError:
        return 'caught'

sys.settrace(tracer)
r = catcher()
sys.settrace(None)
print(r)
for s in seen:
    print(s)
