# Handlers match subclasses: the built-in hierarchy and a user-defined one.
def attempt(label, f):
    try:
        f()
    except ArithmeticError as e:
        print(label, "ArithmeticError family:", type(e).__name__, e)
    except LookupError as e:
        print(label, "LookupError family:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(label, "TypeError or ValueError:", type(e).__name__, e)
    except Exception as e:
        print(label, "other Exception:", type(e).__name__, e)


attempt("div", lambda: 1 / 0)
attempt("mod", lambda: 5 % 0)
attempt("index", lambda: [1][3])
attempt("key", lambda: {"a": 1}["b"])
attempt("type", lambda: "a" + 1)
attempt("value", lambda: int("x"))
attempt("name", lambda: undefined_name)
attempt("attr", lambda: (1).nope)


class AppError(Exception):
    pass


class DbError(AppError):
    def __init__(self, table):
        super().__init__("table " + table)
        self.table = table


try:
    raise DbError("users")
except AppError as e:
    print(type(e).__name__, e, e.table, isinstance(e, Exception))
print(issubclass(DbError, AppError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
