# Signals sent to the process reach the Python handlers: raise_signal, alarm,
# set_wakeup_fd, a handler's exception, SIG_IGN, the frame argument. (raise_signal, not
# os.kill: in a process with several OS threads, as the test harness is, a signal sent to
# the process may reach another thread after kill returns.)
import _signal as signal
import os
import time

got = []


def handler(num, frame):
    got.append((num, type(frame).__name__, frame.f_code.co_name))


print(signal.signal(signal.SIGUSR1, handler))
signal.raise_signal(signal.SIGUSR1)
print(got)

# A handler runs at the next safe point of a busy loop.
signal.signal(signal.SIGALRM, handler)
print(signal.alarm(0))
signal.alarm(1)
print(signal.alarm(1) in (0, 1))
end = time.monotonic() + 10
while len(got) < 2 and time.monotonic() < end:
    pass
print(got[1][0] == signal.SIGALRM, signal.alarm(0))


# An exception from a handler is raised where the program was.
def boom(num, frame):
    raise ZeroDivisionError(f"boom {num}")


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except ZeroDivisionError as e:
    print("caught", e)

# ... also out of time.sleep, which a handler that returns lets go on.
signal.alarm(1)
try:
    time.sleep(5)
except ZeroDivisionError:
    print("not this one")
signal.signal(signal.SIGALRM, boom)
signal.alarm(1)
t0 = time.monotonic()
try:
    time.sleep(5)
except ZeroDivisionError as e:
    print("sleep interrupted", e, time.monotonic() - t0 < 4)

# Ignored.
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored", len(got))

# The wake-up descriptor receives each signal's number.
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError", str(e).replace(str(w), "W"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(list(os.read(r, 10)), signal.set_wakeup_fd(-1) == w)
os.close(r)
os.close(w)
print(signal.getsignal(signal.SIGUSR1) is handler, signal.getsignal(signal.SIGALRM) is boom)

# A handler's exception in a loop: the traceback places the loop where CPython does.
import traceback
signal.signal(signal.SIGALRM, boom)
signal.alarm(1)
try:
    n = 0
    while True:
        n += 1
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print([l.strip().rsplit("/", 1)[-1] for l in lines if "line" in l])
