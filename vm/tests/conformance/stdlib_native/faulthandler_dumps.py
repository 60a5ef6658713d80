# faulthandler's dumps: at once, after a timeout, and when a registered signal arrives, in
# CPython's format (thread ids and folders masked: they differ between runs).
import faulthandler
import os
import re
import _signal as signal
import sys
import time

r, w = os.pipe()


def show():
    text = os.read(r, 100000).decode()
    text = re.sub(r'File ".*/', 'File "', text)
    print(re.sub(r"0x[0-9a-f]{16}", "0xID", text), end="")


def inner(n):
    if n == 0:
        faulthandler.dump_traceback(w, all_threads=False)
        faulthandler.dump_traceback(file=w)
    else:
        inner(n - 1)


inner(2)
show()


def deep(n):
    if n == 0:
        faulthandler.dump_traceback(w, all_threads=False)
    else:
        deep(n - 1)


deep(105)
text = os.read(r, 100000).decode().splitlines()
print(len(text), text[-1], text[-2].strip().rsplit("/", 1)[-1])

print(faulthandler.is_enabled())
faulthandler.enable(w)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())

# After a timeout, at the next safe point.
faulthandler.dump_traceback_later(0.2, file=w)


def busy():
    end = time.monotonic() + 0.6
    while time.monotonic() < end: pass  # one line: the dump may catch any instruction


busy()
show()
faulthandler.dump_traceback_later(30, file=w)
faulthandler.cancel_dump_traceback_later()

# When a registered signal arrives; with chain, the Python handler runs too.
faulthandler.register(signal.SIGUSR1, file=w, all_threads=False)
signal.raise_signal(signal.SIGUSR1)
show()
seen = []
signal.signal(signal.SIGUSR2, lambda n, f: seen.append(n))
faulthandler.register(signal.SIGUSR2, file=w, all_threads=False, chain=True)
signal.raise_signal(signal.SIGUSR2)
show()
print(seen, faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))

for call in [
    lambda: faulthandler.dump_traceback_later(0),
    lambda: faulthandler.dump_traceback_later(-1.5),
    lambda: faulthandler.register(signal.SIGSEGV),
    lambda: faulthandler.register(99),
    lambda: faulthandler.register(signal.SIGKILL, file=w),
    lambda: faulthandler.dump_traceback(file="name"),
    lambda: faulthandler.dump_traceback(file=-1),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

sys.stderr, saved = None, sys.stderr
try:
    faulthandler.enable()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stderr = saved
