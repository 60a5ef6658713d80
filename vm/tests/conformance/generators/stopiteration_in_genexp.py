def boom():
    raise StopIteration
try:
    print(list(boom() for _ in range(2)))
except RuntimeError as e:
    print(type(e).__name__, e)
