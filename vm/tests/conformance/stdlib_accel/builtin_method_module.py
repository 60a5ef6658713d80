# Builtin methods report __module__ None, as CPython's do (doctest's finder reads it).
print(str.maketrans.__module__, [].append.__module__, dict.fromkeys.__module__)
print(hasattr(str.maketrans, "__module__"))
