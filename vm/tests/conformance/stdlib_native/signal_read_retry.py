# PEP 475: a signal arriving while a read waits on an empty pipe runs its handler, and the
# read goes on (here finding what the handler wrote), or the handler's exception propagates.
import _signal as signal, os, time
r, w = os.pipe()
hits = []
signal.signal(signal.SIGALRM, lambda n, f: (hits.append(n), os.write(w, b'bar')))
signal.alarm(1)
t = time.monotonic()
print(os.read(r, 10), hits, time.monotonic() - t < 3)
f = open(r, "rb", buffering=0, closefd=False)
signal.alarm(1)
print(f.read(10), len(hits))
def boom(n, f): raise ArithmeticError("from handler")
signal.signal(signal.SIGALRM, boom)
signal.alarm(1)
try:
    os.read(r, 1)
except ArithmeticError as e:
    print("read:", e)
