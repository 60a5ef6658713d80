# _imp's import lock: re-entrant, and released no more often than taken.
import _imp

print(_imp.lock_held())
_imp.acquire_lock()
print(_imp.lock_held())
_imp.acquire_lock()
_imp.release_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print("RuntimeError", e)
for f in (_imp.lock_held, _imp.acquire_lock, _imp.release_lock):
    try:
        f(1)
    except TypeError as e:
        print("TypeError", e)
