# termios on descriptors that are not terminals: termios.error(errno, strerror), and
# the argument checks that come first.
import os, termios

r, w = os.pipe()

def attempt(name, *args):
    try:
        print(name, getattr(termios, name)(*args))
    except termios.error as e:
        print(name, "termios.error", e.args)
    except Exception as e:
        print(name, type(e).__name__, e)

attempt("tcgetattr", r)
attempt("tcgetattr", 4096)
attempt("tcgetattr", "a")
attempt("tcgetattr", 1.5)
attempt("tcgetattr")
attempt("tcgetattr", -1)
attempt("tcsetattr", r, termios.TCSANOW, [])
attempt("tcsetattr", r, termios.TCSANOW, 5)
attempt("tcsetattr", r, termios.TCSANOW, [0] * 7)
attempt("tcsendbreak", r, 0)
attempt("tcdrain", w)
attempt("tcflush", r, termios.TCIFLUSH)
attempt("tcflush", r, 99)
attempt("tcflow", w, termios.TCOON)
attempt("tcgetwinsize", r)

class HasFileno:
    def fileno(self):
        return r
attempt("tcgetattr", HasFileno())
os.close(r)
os.close(w)
print(issubclass(termios.error, Exception), termios.error.__module__)
