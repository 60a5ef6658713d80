import sys

covered = set()

def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'classify':
        covered.add(frame.f_lineno - classify.__code__.co_firstlineno)
    return tracer

def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos"

sys.settrace(tracer)
classify(5)
classify(-1)
sys.settrace(None)
print(sorted(covered))
