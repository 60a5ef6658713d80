# isinstance/issubclass with classes, nested tuples and bad arguments.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))))
print(isinstance("s", ()), issubclass(bool, (str, int)), issubclass(int, object))
print(issubclass(KeyError, (LookupError,)), isinstance(None, type(None)))
for call in [lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, 5),
             lambda: isinstance(1, (int, 5)), lambda: isinstance(1), lambda: isinstance("a", (5, str))]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
