# _socket datagrams: sendto/recvfrom between two UDP sockets on the loopback interface.
import _socket

a = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
b = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(b.sendto(b"datagram", a.getsockname()))
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname())
a.close()
b.close()
