# An exception's __context__ set by code after it was raised survives its propagation out
# of a callee (ExitStack's _fix_exception_context relies on this).
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        exc = KeyError('k')
        exc.__context__ = None
        fixed = exc.__context__
        try:
            raise exc
        except BaseException:
            exc.__context__ = fixed
            raise


try:
    with CM():
        1 / 0
except KeyError as e:
    print(repr(e.__context__))


def keeps_chosen_context():
    e1 = ValueError(1)
    e2 = TypeError(2)
    try:
        raise IndexError
    except IndexError:
        try:
            raise e2
        except BaseException:
            e2.__context__ = e1
            raise


try:
    keeps_chosen_context()
except TypeError as e:
    print(repr(e.__context__))


def callee():
    raise LookupError('inner')


try:
    try:
        1 / 0
    except ZeroDivisionError:
        callee()
except LookupError as e:
    print(repr(e.__context__))

saved = None
try:
    raise OSError('first')
except OSError as e:
    saved = e
try:
    try:
        {}['missing']
    except KeyError:
        raise saved
except OSError as e:
    print(repr(e.__context__))
try:
    try:
        raise ValueError('v')
    except ValueError:
        sorted([3, 1], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(repr(e.__context__))
