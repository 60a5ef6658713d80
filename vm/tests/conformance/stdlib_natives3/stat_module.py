# _stat: the file-mode tests and filemode, with CPython's argument errors.
import _stat
for f in (lambda: _stat.S_ISDIR('a'), lambda: _stat.S_ISDIR(-1), lambda: _stat.S_ISDIR(2**40), lambda: _stat.S_IMODE(1.5), lambda: _stat.filemode(-1), lambda: _stat.S_ISDIR(), lambda: _stat.filemode(2**33), lambda: _stat.S_ISDIR(True), lambda: _stat.S_ISWHT(1, 2), lambda: _stat.S_ISDIR(-2**70), lambda: _stat.S_ISDIR(2**70)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(_stat.filemode(0o170777), _stat.filemode(0o40755), _stat.filemode(0o106777), _stat.filemode(0o4000|0o2000|0o1000|0o100644), _stat.S_IFMT(0o170777), _stat.S_IMODE(0o170777))
for m in (0o10644, 0o20600, 0o60600, 0o120777, 0o140755, 0o7777, 0):
    print(_stat.filemode(m), [f(m) for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG, _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT, _stat.S_ISWHT)])
print(sorted((k, v) for k, v in vars(_stat).items() if isinstance(v, int)))

print(_stat.S_ISDIR.__name__, repr(_stat.S_ISDIR))
