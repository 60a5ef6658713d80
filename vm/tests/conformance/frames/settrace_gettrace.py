import sys

def t(frame, event, arg):
    return None

print(sys.gettrace())
sys.settrace(t)
print(sys.gettrace() is t)
sys.settrace(None)
print(sys.gettrace())
try:
    sys.settrace()
except TypeError as e:
    print(type(e).__name__)
