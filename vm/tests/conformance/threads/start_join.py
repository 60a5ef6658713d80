# Threads started with _thread run their function; a lock released at the end is the join.
import _thread

results = {}
finished = _thread.allocate_lock()
pending = [4]
guard = _thread.allocate_lock()


def work(n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[n] = (total, _thread.get_ident())
    with guard:
        pending[0] -= 1
        if pending[0] == 0:
            finished.release()


finished.acquire()
idents = [_thread.start_new_thread(work, (n,), {"scale": 2}) for n in (10, 200, 3000)]
idents.append(_thread.start_new_thread(work, (5,)))
print("started", len(set(idents)), "distinct threads")
print("main ident differs:", _thread.get_ident() not in idents)
finished.acquire()
for n in sorted(results):
    total, ident = results[n]
    print(n, total, ident in idents)
print("each thread saw its own ident:", len({r[1] for r in results.values()}) == 4)
print("lock:", finished.locked(), guard.locked())
finished.release()
print(repr(finished).startswith("<unlocked _thread.lock object"))
try:
    finished.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(finished.acquire(False), finished.acquire(False), finished.acquire(True, 0.01))
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
