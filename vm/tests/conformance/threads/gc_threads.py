# Several threads allocate (lists, dicts, closures, generators, exceptions) while being
# switched: their suspended frames and values must survive collections.
import _thread
import sys

sys.setswitchinterval(0.0005)
results = {}
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
left = [4]
done.acquire()


def gen(n):
    for i in range(n):
        yield [i] * 3


def work(k):
    acc = []
    for round_ in range(30):
        d = {i: str(i * k) for i in range(20)}
        acc.append(sum(len(v) for v in d.values()))
        acc.append(sum(x[0] for x in gen(10)))
        try:
            raise KeyError(k, round_)
        except KeyError as e:
            acc.append(e.args[1])
        f = (lambda a: lambda: a + k)(round_)
        acc.append(f())
    with lock:
        results[k] = sum(acc)
        left[0] -= 1
        if left[0] == 0:
            done.release()


for k in range(1, 5):
    _thread.start_new_thread(work, (k,))
done.acquire()
for k in sorted(results):
    print(k, results[k])
