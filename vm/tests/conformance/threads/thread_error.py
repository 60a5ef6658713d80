# An exception escaping a thread's function is reported on stderr (sys.unraisablehook);
# SystemExit ends the thread quietly. The other threads go on.
import _thread

done = _thread.allocate_lock()
left = [3]
lock = _thread.allocate_lock()
done.acquire()


def finish():
    with lock:
        left[0] -= 1
        if left[0] == 0:
            done.release()


class Job:
    def __init__(self, what):
        self.what = what

    def __repr__(self):
        return f"<Job {self.what}>"

    def __call__(self):
        try:
            if self.what == "fail":
                raise ValueError("bad value in thread")
            if self.what == "exit":
                _thread.exit()
            print("job", self.what, "ran")
        finally:
            finish()


for what in ("fail", "exit", "ok"):
    _thread.start_new_thread(Job(what), ())
done.acquire()
print("main goes on")
