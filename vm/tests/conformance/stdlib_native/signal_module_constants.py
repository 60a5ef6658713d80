# _signal's Linux signal numbers and the handler constants.
import _signal

for name in ["SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGPIPE",
             "SIGALRM", "SIGTERM", "SIGCHLD", "SIGRTMIN", "SIGRTMAX"]:
    print(name, getattr(_signal, name))
print(_signal.NSIG, _signal.SIG_DFL, _signal.SIG_IGN)
print(_signal.SIG_BLOCK, _signal.SIG_UNBLOCK, _signal.SIG_SETMASK)
valid = _signal.valid_signals()
print(type(valid).__name__, len(valid), min(valid), max(valid), 32 in valid, 34 in valid)
