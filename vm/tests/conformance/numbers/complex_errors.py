# errors raised by complex operations, with CPython's messages
def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)


attempt(lambda: 1j / 0)
attempt(lambda: 1j / 0j)
attempt(lambda: 1 / 0j)
attempt(lambda: 0j ** -1)
attempt(lambda: 0j ** 1j)
attempt(lambda: 1j // 2)
attempt(lambda: 1j % 2)
attempt(lambda: divmod(1j, 2))
attempt(lambda: 1j < 2j)
attempt(lambda: 1j > 1)
attempt(lambda: int(1j))
attempt(lambda: float(1j))
attempt(lambda: complex("1+"))
attempt(lambda: complex("1j+2"))
attempt(lambda: complex(""))
attempt(lambda: complex("1", 2))
attempt(lambda: complex(1, "2"))
attempt(lambda: complex(None))
attempt(lambda: complex([]))
attempt(lambda: 1j + "a")
attempt(lambda: (1e200 + 1e200j) ** 5)
attempt(lambda: round(1j))
