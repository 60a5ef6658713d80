# atexit callbacks run at exit, last registered first, after the program's output.
import atexit


def bye(who, punct="!"):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(print, "to be removed")
atexit.unregister(print)
print("main done")
