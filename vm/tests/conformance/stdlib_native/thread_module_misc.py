# The rest of _thread on a single-threaded VM.
import _thread

print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident())
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e6)
print(_thread._count())
print(_thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
local = _thread._local()
local.x = 5
print(local.x)
lock = _thread._set_sentinel()
print(lock.locked())
args = _thread._ExceptHookArgs((ValueError, ValueError("v"), None, None))
print(args.exc_type.__name__, args.exc_value, args.thread)
