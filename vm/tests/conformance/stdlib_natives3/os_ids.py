# os's identity calls agree with the password database and with each other
import os, pwd
print(all(isinstance(f(), int) and f() >= 0 for f in
          (os.getuid, os.geteuid, os.getgid, os.getegid, os.getppid, os.getpgrp)))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), os.getppid() != os.getpid())
try:
    os.getuid(1)
except TypeError as e:
    print(type(e).__name__)
