# waitpid with WNOHANG while the child runs, then once it has finished; os.kill.
import os
import _posixsubprocess

r, w = os.pipe()
er, ew = os.pipe()
pid = _posixsubprocess.fork_exec(
    ["sh", "-c", "read line"], [b"/bin/sh"], True, (ew,), None, None,
    r, -1, -1, -1, -1, -1, er, ew, True, False, -1, None, None, None, -1, None, True)
os.close(r)
os.close(ew)
print(os.read(er, 100))
os.close(er)
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, 0)
SIGTERM = 15
os.kill(pid, SIGTERM)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFSIGNALED(status), os.WTERMSIG(status) == SIGTERM)
os.close(w)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
