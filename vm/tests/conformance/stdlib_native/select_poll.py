# select.poll: register, modify, unregister and poll with a millisecond timeout.
import _socket, select

a, b = _socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno())
print([ev for fd, ev in p.poll(0)] == [select.POLLOUT])
b.send(b"ping")
events = dict(p.poll(100))
print(events[a.fileno()] == select.POLLIN, events[b.fileno()] == select.POLLOUT)
p.modify(b, select.POLLIN)
print(len(p.poll(0)))
p.unregister(a)
print(p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args[0] == a.fileno())
try:
    p.modify(a, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
a.close()
b.close()
