# Every builtin exception class and its direct bases.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
print(len(names))
for n in names:
    cls = getattr(builtins, n)
    print(n, [b.__name__ for b in cls.__bases__])
print(EnvironmentError is OSError, IOError is OSError)
