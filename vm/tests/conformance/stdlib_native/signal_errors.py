# The errors of signal(), getsignal() and strsignal().
import _signal

cases = [
    lambda: _signal.signal(0, _signal.SIG_IGN),
    lambda: _signal.signal(99, _signal.SIG_IGN),
    lambda: _signal.signal(_signal.SIGKILL, _signal.SIG_IGN),
    lambda: _signal.signal(_signal.SIGINT, 5),
    lambda: _signal.signal(_signal.SIGINT, "x"),
    lambda: _signal.getsignal(-1),
    lambda: _signal.strsignal(100),
    lambda: _signal.default_int_handler(2, None),
]
for f in cases:
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e)
print(_signal.strsignal(_signal.SIGINT), _signal.strsignal(_signal.SIGKILL),
      _signal.strsignal(_signal.SIGTERM), _signal.strsignal(_signal.SIGSEGV))
print(_signal.set_wakeup_fd(-1), _signal.siginterrupt(_signal.SIGINT, False), _signal.alarm(0))
