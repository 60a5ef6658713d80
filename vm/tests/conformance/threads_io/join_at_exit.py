# The main thread's last statement waits for a thread that is itself blocked reading a
# pipe a third thread fills late: every thread waits at once, and the VM blocks in poll.
import _thread
import os
import time

r, w = os.pipe()
done = _thread.allocate_lock()
done.acquire()


def reader():
    data = b""
    while len(data) < 6:
        chunk = os.read(r, 10)
        if not chunk:
            break
        data += chunk
    print("reader got", data)
    done.release()


def writer():
    time.sleep(0.05)
    os.write(w, b"abc")
    time.sleep(0.02)
    os.write(w, b"def")


_thread.start_new_thread(reader, ())
_thread.start_new_thread(writer, ())
print("main waits")
start = time.monotonic()
done.acquire()
print("joined; waited long enough:", time.monotonic() - start >= 0.05)
