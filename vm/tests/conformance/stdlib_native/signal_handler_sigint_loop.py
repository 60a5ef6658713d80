# A Python SIGINT handler replaces KeyboardInterrupt; the program keeps running.
import _signal

count = 0


def on_int(signum, frame):
    global count
    count += 1


_signal.signal(_signal.SIGINT, on_int)
for i in range(3):
    _signal.raise_signal(_signal.SIGINT)
print("handled", count)
_signal.signal(_signal.SIGINT, _signal.default_int_handler)
try:
    _signal.raise_signal(_signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
