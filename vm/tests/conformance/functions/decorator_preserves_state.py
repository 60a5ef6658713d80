import functools
def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@count_calls
def work(x):
    """Doubles."""
    return x * 2

print(work(1), work(2), work.calls, work.__name__, work.__doc__)
