# __mro__ of the classes with deeper or multiple inheritance.
for cls in (ExceptionGroup, BaseExceptionGroup, BrokenPipeError, ConnectionResetError,
            BlockingIOError, UnicodeTranslateError, UnicodeDecodeError, EncodingWarning,
            TabError, ModuleNotFoundError, RecursionError, KeyboardInterrupt):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise ConnectionRefusedError(111, "refused")
except ConnectionError as e:
    print("caught as ConnectionError:", type(e).__name__, e)
try:
    raise ProcessLookupError("gone")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
