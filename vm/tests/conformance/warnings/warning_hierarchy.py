import warnings
for cls in (UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning):
    print(cls.__name__, cls.__mro__[1].__name__, issubclass(cls, Warning), issubclass(cls, Exception))
