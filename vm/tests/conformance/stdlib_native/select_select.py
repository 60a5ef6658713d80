# select.select over socket pairs: readiness, timeouts and argument errors.
import _socket, select

a, b = _socket.socketpair()
print(select.select([a, b], [], [], 0) == ([], [], []))
r, w, x = select.select([], [a], [], 0)
print(w == [a])
b.send(b"x")
r, w, x = select.select([a, b], [a, b], [], 1.0)
print(r == [a], w == [a, b], x)
for args in [([-1], [], []), ([], [], [], -1), ([], [], [], "x"), (1, [], []), ([object()], [], [])]:
    try:
        select.select(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(select.error is OSError)
a.close()
b.close()
