# A thread blocked in os.read on an empty pipe lets the main thread run and write to it.
import _thread
import os
import time

r, w = os.pipe()
got = []
done = _thread.allocate_lock()
done.acquire()


def reader():
    while True:
        data = os.read(r, 64)
        if not data:
            break
        got.append(data)
    done.release()


_thread.start_new_thread(reader, ())
time.sleep(0.02)
print("reader waiting, nothing read yet:", got == [])
for i in range(5):
    os.write(w, b"part%d;" % i)
    time.sleep(0.005)
os.close(w)
done.acquire()
print(b"".join(got))
os.close(r)

# A big write to a pipe a thread drains: the writer waits for room, the reader runs.
r, w = os.pipe()
total = [0]
drained = _thread.allocate_lock()
drained.acquire()


def drain():
    while True:
        data = os.read(r, 4096)
        if not data:
            break
        total[0] += len(data)
    drained.release()


_thread.start_new_thread(drain, ())
payload = b"x" * 300000
sent = 0
while sent < len(payload):
    sent += os.write(w, payload[sent:])
os.close(w)
drained.acquire()
print("drained", total[0])
os.close(r)
