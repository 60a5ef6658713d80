import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        """wrapper doc"""
        return fn(*args)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add.__name__, add.__doc__, add(2, 3))
print(add.__wrapped__(1, 1))
print(add.__qualname__)
