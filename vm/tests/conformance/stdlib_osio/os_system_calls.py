# os.uname, os.times, getloadavg, getsid, get_blocking/set_blocking, closerange and
# device_encoding.
import os
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname="))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0)
print(len(os.getloadavg()))
sid = os.getsid(0)  # 0 in a container whose session leader is outside its pid namespace
print(type(sid).__name__, sid >= 0, sid == os.getsid(os.getpid()))
r, w = os.pipe()
print(os.get_blocking(r)); os.set_blocking(r, False); print(os.get_blocking(r))
os.closerange(r, w + 1)
try: os.close(r)
except OSError as e: print("closed", e.errno)
print(os.device_encoding(r))
