# Blocking calls let the other threads run: lock acquire with and without a timeout,
# time.sleep, RLock re-entry, a with-statement waiting on a held lock.
import _thread
import time

events = []
lock = _thread.allocate_lock()
rlock = _thread.RLock()
done = _thread.allocate_lock()
done.acquire()


def holder():
    with rlock:
        with rlock:
            events.append("holder has the rlock twice")
            time.sleep(0.02)
        events.append("holder released once")
    events.append("holder released the rlock")


def waiter():
    events.append("waiter waits")
    with rlock:
        events.append("waiter got the rlock")
    lock.acquire()
    events.append("waiter got the lock")
    done.release()


lock.acquire()
_thread.start_new_thread(holder, ())
time.sleep(0.005)
_thread.start_new_thread(waiter, ())
print("timed acquire:", lock.acquire(True, 0.01))
time.sleep(0.05)
events.append("main releases the lock")
lock.release()
done.acquire()
for e in events:
    print(e)
print(rlock._is_owned(), repr(rlock).startswith("<unlocked _thread.RLock object owner=0 count=0"))
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
