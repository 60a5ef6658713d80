# select with a timeout while another thread runs; then a thread makes the socket readable.
import _socket
import _thread
import select
import time

a, b = _socket.socketpair()
ticks = []
finished = _thread.allocate_lock()
finished.acquire()


def worker():
    for i in range(10):
        ticks.append(i)
        time.sleep(0.005)
    b.send(b"!")
    finished.release()


_thread.start_new_thread(worker, ())
r, w, x = select.select([a], [], [], 0.01)
print("first select:", r, w, x)
print("worker ran meanwhile:", len(ticks) > 0)
r, w, x = select.select([a], [], [], 10)
print("second select readable:", r == [a], "ticks:", ticks)
print(a.recv(10))
finished.acquire()

# poll objects too.
p = select.poll()
p.register(a.fileno(), select.POLLIN)
print("poll with nothing to read:", p.poll(10))


def later():
    time.sleep(0.01)
    b.send(b"?")
    finished.release()


_thread.start_new_thread(later, ())
events = p.poll(10000)
print("poll woke:", [(fd == a.fileno(), ev & select.POLLIN != 0) for fd, ev in events])
print(a.recv(10))
finished.acquire()

# select with no descriptors is a sleep the other threads run during.
ticks.clear()


def count():
    for i in range(3):
        ticks.append(i)
    finished.release()


_thread.start_new_thread(count, ())
print(select.select([], [], [], 0.02))
finished.acquire()
print("counted:", ticks)
a.close()
b.close()
