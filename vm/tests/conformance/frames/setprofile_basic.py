import sys

log = []

def prof(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_name in ('f', 'g'):
        log.append((event, frame.f_code.co_name))

def g():
    return 2

def f():
    return g() + 1

sys.setprofile(prof)
f()
sys.setprofile(None)
print(log)
print(sys.getprofile())
