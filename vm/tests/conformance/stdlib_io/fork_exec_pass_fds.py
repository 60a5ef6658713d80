# A descriptor in fork_exec's fds_to_keep (subprocess's pass_fds) is inherited by the child
# under the same number; it is close-on-exec again afterwards, and a child started without
# it does not see it.
import os
import _posixsubprocess


def start(script, keep, errwrite=-1):
    er, ew = os.pipe()
    pid = _posixsubprocess.fork_exec(
        ["sh", "-c", script], [b"/bin/sh"], True, tuple(keep) + (ew,), None, None,
        -1, -1, -1, -1, -1, errwrite, er, ew, True, False, -1, None, None, None, -1, None, True)
    os.close(ew)
    print("start failure:", os.read(er, 100))
    os.close(er)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


r, w = os.pipe()
print(os.get_inheritable(w))
print("exit", start(f"echo passed >&{w}", [w]))
print(os.get_inheritable(w))
er, ew = os.pipe()
print("exit", start(f"echo leaked >&{w} 2>/dev/null", [], ew) != 0)
os.close(ew)
os.close(w)
print(os.read(r, 100))
os.close(r)
os.close(er)
