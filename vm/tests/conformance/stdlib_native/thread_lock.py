# _thread locks on a single thread: acquire/release, non-blocking and timed attempts.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
for args in [(False, 1), (True, -5)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError", e)
print(repr(lock).split(" object")[0])
