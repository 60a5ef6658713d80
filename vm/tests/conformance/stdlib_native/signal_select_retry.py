# PEP 475: a signal interrupting select runs its handler, then the wait goes on (or the
# handler's exception propagates).
import _signal as signal, select, os, time
r, w = os.pipe()
hits = []
signal.signal(signal.SIGALRM, lambda n, f: (hits.append(n), os.write(w, b'x')))
signal.alarm(1)
t = time.monotonic()
print(select.select([r], [], [], 5)[0] == [r], hits, time.monotonic() - t < 3)
def boom(n, f): raise OSError("from handler")
signal.signal(signal.SIGALRM, boom)
os.read(r, 1)
signal.alarm(1)
try:
    select.select([r], [], [])
except OSError as e:
    print("select:", e)
