# The handlers a program starts with, and signal() returning the previous one.
import _signal

print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(_signal.getsignal(_signal.SIGTERM), _signal.getsignal(_signal.SIGPIPE))


def handler(signum, frame):
    print("handled", signum)


old = _signal.signal(_signal.SIGUSR1, handler)
print(old, _signal.getsignal(_signal.SIGUSR1) is handler)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
print(_signal.getsignal(_signal.SIGUSR1))
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
print(_signal.getsignal(_signal.SIGUSR1))
