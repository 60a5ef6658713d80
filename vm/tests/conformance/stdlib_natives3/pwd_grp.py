# pwd and grp: lookups by id and by name agree, entries are structseqs, misses are KeyError
import os, pwd, grp

me = pwd.getpwuid(0)  # root exists on every Unix
print(type(me).__name__, type(me).__module__, len(me), pwd.struct_passwd.n_fields)
print([type(x).__name__ for x in me])
print(pwd.getpwnam(me.pw_name) == me, me.pw_uid == 0, me[0] == me.pw_name)
print(me in pwd.getpwall(), repr(me).startswith("pwd.struct_passwd(pw_name="))
g = grp.getgrgid(me.pw_gid)
print(type(g).__name__, len(g), type(g.gr_mem).__name__, grp.getgrnam(g.gr_name) == g)
print(g in grp.getgrall())
for call in [lambda: pwd.getpwnam("no such user here"), lambda: pwd.getpwuid(2**32 - 7),
             lambda: pwd.getpwuid(-5), lambda: pwd.getpwuid("0"), lambda: pwd.getpwnam(0),
             lambda: grp.getgrnam("no such group here"), lambda: grp.getgrgid(2**32 - 7),
             lambda: grp.getgrgid(1.0), lambda: pwd.getpwnam("a\0b")]:
    try:
        call()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
