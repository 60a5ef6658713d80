# _socket.socketpair: two connected Unix-domain sockets carry bytes both ways.
import _socket

a, b = _socket.socketpair()
print(type(a).__name__, a.family == _socket.AF_UNIX, a.type == _socket.SOCK_STREAM, a.proto)
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))
print(b.send(b"back"), a.recv(10))
a.sendall(bytearray(b"x") * 100000)
got = 0
while got < 100000:
    got += len(b.recv(65536))
print(got)
a.shutdown(_socket.SHUT_WR)
print(b.recv(10))
print(a.gettimeout(), a.getblocking())
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.settimeout(0.05)
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, isinstance(e, _socket.timeout))
a.close()
b.close()
print(a.fileno())
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e)
