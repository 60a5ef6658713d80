try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    pass
except *OSError:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ExceptionGroup as eg:
    raise
try:
    pass
except* A:
    pass
finally:
    pass
