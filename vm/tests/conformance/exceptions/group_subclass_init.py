# A subclass with its own __init__ and extra state.
class Errors(ExceptionGroup):
    def __init__(self, message, excs, where="here"):
        super().__init__(message, excs)
        self.where = where

    def __str__(self):
        return f"{self.message} at {self.where}: {len(self.exceptions)}"

try:
    Errors("many", [ValueError()], "there")
except TypeError as e:
    print(type(e).__name__, e)

class Errors2(ExceptionGroup):
    def __new__(cls, message, excs, where="here"):
        return super().__new__(cls, message, excs)

    def __init__(self, message, excs, where="here"):
        super().__init__(message, excs)
        self.where = where

e = Errors2("many", [ValueError(), TypeError()], "there")
print(e.where, e.message, e.args, str(e))
print(isinstance(e, ExceptionGroup), isinstance(e, Exception))
