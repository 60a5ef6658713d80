# Operations on constants that raise keep raising at run time, with CPython's messages.
cases = [
    lambda: 0 ** -1,
    lambda: 1 << -1,
    lambda: 1 >> -1,
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: 'a' * 'b',
    lambda: 2.0 // 0,
    lambda: 2.0 % 0.0,
    lambda: (1, 2) + [3],
    lambda: b'a' + 'b',
    lambda: 10.0 ** 400,
    lambda: None + 1,
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
