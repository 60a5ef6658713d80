# raise_signal delivers the signal to the installed Python handler before returning.
import _signal

seen = []


def on_int(signum, frame):
    seen.append(signum)


_signal.signal(_signal.SIGINT, on_int)
_signal.raise_signal(_signal.SIGINT)
print("after handler", seen)

_signal.signal(_signal.SIGINT, _signal.SIG_IGN)
_signal.raise_signal(_signal.SIGINT)
print("ignored", seen)

_signal.signal(_signal.SIGINT, _signal.default_int_handler)
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def failing(signum, frame):
    raise RuntimeError(f"from handler {signum}")


_signal.signal(_signal.SIGUSR2, failing)
try:
    _signal.raise_signal(_signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError", e)
