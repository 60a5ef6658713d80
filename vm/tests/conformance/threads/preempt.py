# A thread that never waits is still interrupted: the others get their turns.
import _thread
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)

flag = []
done = _thread.allocate_lock()
done.acquire()


def spinner():
    spins = 0
    while not flag:
        spins += 1
    print("spinner saw the flag")
    done.release()


def setter():
    flag.append(True)


_thread.start_new_thread(spinner, ())
_thread.start_new_thread(setter, ())
# The main thread spins too, until the spinner has finished.
while not done.acquire(False):
    pass
print("all done")
