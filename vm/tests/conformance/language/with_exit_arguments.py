# __exit__ receives the exception's class, the exception and its traceback.
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        print(self.name, typ.__name__ if typ else None, repr(value),
              type(tb).__name__, tb is not None and tb.tb_lineno)
        return True


with Manager('no error'):
    pass

with Manager('single'):
    1 / 0

with Manager('outer'), Manager('inner'):
    raise KeyError('k')

with Manager('outer2'):
    with Manager('inner2'):
        pass
    raise ValueError('after inner')


class Check:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        print(tb.tb_lineno == value.__traceback__.tb_lineno, tb.tb_next.tb_next is None,
              tb.tb_next.tb_frame.f_code.co_name)
        return True


def raiser():
    raise IndexError(3)


with Check():
    raiser()
