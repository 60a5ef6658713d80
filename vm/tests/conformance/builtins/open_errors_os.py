# OS errors from open(): the OSError subclass, errno, strerror, filename and message.
import os

d = "/tmp/krait_conf_open_errors_os_%d" % os.getpid()
os.mkdir(d)
missing = os.path.join(d, "missing", "x.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing, e.args)
    print(str(e) == "[Errno 2] No such file or directory: %r" % missing)
    print(isinstance(e, OSError))
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, str(e) == "[Errno 21] Is a directory: %r" % d)
try:
    open(d, "w")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    open(os.path.join(d, "missing"), "w")
    print("created")
except OSError as e:
    print(type(e).__name__)
try:
    open("/tmp/krait_conf_surely_missing_dir_%d/f" % os.getpid())
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(os.path.join(d, "missing"))
os.rmdir(d)
