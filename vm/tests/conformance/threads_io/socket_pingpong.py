# Two threads ping-pong over a socketpair: each blocks in recv until the other sends.
import _socket
import _thread

a, b = _socket.socketpair()
finished = _thread.allocate_lock()
finished.acquire()
log = []


def echo():
    while True:
        data = b.recv(100)
        if not data:
            break
        log.append(("echo got", data))
        b.sendall(data.upper())
    b.close()
    finished.release()


_thread.start_new_thread(echo, ())
for word in [b"ping", b"pong", b"again"]:
    a.sendall(word)
    reply = a.recv(100)
    log.append(("main got", reply))
a.close()
finished.acquire()
for entry in log:
    print(*entry)

# A large sendall the other thread reads in small pieces.
a, b = _socket.socketpair()
finished.acquire(False)
received = [0]


def sink():
    while True:
        data = b.recv(1000)
        if not data:
            break
        received[0] += len(data)
    finished.release()


_thread.start_new_thread(sink, ())
a.sendall(b"y" * 2000000)
a.close()
finished.acquire()
print("sink received", received[0])
b.close()

# recv with a timeout while nothing comes: TimeoutError, other threads ran meanwhile.
a, b = _socket.socketpair()
a.settimeout(0.05)
ticks = []
stop = [False]


def ticker():
    import time
    while not stop[0]:
        ticks.append(1)
        time.sleep(0.005)
    finished.release()


_thread.start_new_thread(ticker, ())
try:
    a.recv(10)
except TimeoutError as e:
    print("timed out:", e)
print("ticker ran while main waited:", len(ticks) > 3)
stop[0] = True
finished.acquire()
a.close()
b.close()
