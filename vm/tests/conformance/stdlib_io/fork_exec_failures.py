# A program that cannot be started is reported on the error pipe; bad arguments raise.
import _posixsubprocess
from mod_child import run

print(run(["nothing"], exe=b"/nonexistent/program")[0])
print(run(["sh"], cwd="/nonexistent/dir")[0])
print(run(["x"], exe=b"/etc/passwd")[0])
try:
    _posixsubprocess.fork_exec()
except TypeError as e:
    print(type(e).__name__, e)
try:
    _posixsubprocess.fork_exec(*[None] * 23)
except TypeError as e:
    print(type(e).__name__, e)
args = [["x"], [b"/bin/sh"], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, 2,
        True, False, -1, None, None, None, -1, None, True]
try:
    _posixsubprocess.fork_exec(*args)
except ValueError as e:
    print(type(e).__name__, e)
print(_posixsubprocess.__doc__)
