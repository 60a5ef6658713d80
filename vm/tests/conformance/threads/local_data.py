# _thread._local: each thread sees its own attributes; __init__ runs again in each thread.
import _thread


class Counter(_thread._local):
    initialised = 0

    def __init__(self, start):
        Counter.initialised += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


data = _thread._local()
data.name = "main"
counter = Counter(10)
seen = []
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
left = [3]
done.acquire()


def worker(name, bumps):
    print_ok = not hasattr(data, "name")
    data.name = name
    for _ in range(bumps):
        counter.bump()
    with lock:
        seen.append((name, data.name, counter.value, print_ok, sorted(data.__dict__)))
        left[0] -= 1
        if left[0] == 0:
            done.release()


for i, name in enumerate(["a", "b", "c"]):
    _thread.start_new_thread(worker, (name, i + 1))
done.acquire()
for row in sorted(seen):
    print(row)
print(data.name, counter.value, Counter.initialised)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError:", e)
del data.name
print(hasattr(data, "name"))
