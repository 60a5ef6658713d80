# A reentrant lock counts its acquisitions.
import _thread

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._is_owned())
print(r._is_owned())
