# _socket over TCP on the loopback interface: bind, listen, connect, accept, options.
import _socket

srv = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
srv.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
print(srv.getsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR) != 0)
print(srv.getsockopt(_socket.SOL_SOCKET, _socket.SO_TYPE) == _socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, 0 < port < 65536)
cli = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
print(cli.connect_ex(("127.0.0.1", port)))
fd, addr = srv._accept()
conn = _socket.socket(fileno=fd)
print(conn.family == _socket.AF_INET, addr[0], conn.getpeername() == cli.getsockname())
cli.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
print(cli.getsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY) != 0)
cli.sendall(b"ping")
print(conn.recv(4))
conn.send(b"pong")
buf = bytearray(8)
print(cli.recv_into(buf), buf)
for bad in ["nothost", ("127.0.0.1", 70000), ("127.0.0.1",)]:
    try:
        cli.connect(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for s in (conn, cli, srv):
    s.close()
