# Exception methods called on the wrong receiver or without one.
for f in (NameError.__init__, AttributeError.__init__, ImportError.__init__, OSError.__init__,
          UnicodeDecodeError.__init__, SyntaxError.__init__, BaseExceptionGroup.__init__,
          BaseExceptionGroup.split, BaseExceptionGroup.derive, BaseException.add_note,
          BaseException.with_traceback, OSError.__new__, BaseExceptionGroup.__new__):
    try:
        f()
    except TypeError as e:
        print("TypeError")
for f in (NameError.__init__, ImportError.__init__, UnicodeDecodeError.__init__, SyntaxError.__init__, BaseExceptionGroup.split, BaseException.add_note):
    try:
        f(5, 1)
    except TypeError as e:
        print("TypeError", e)
print("done")
