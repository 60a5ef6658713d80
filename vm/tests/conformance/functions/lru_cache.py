import functools

calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), calls)
print(fib(30), calls)
info = fib.cache_info()
print(info.hits, info.misses, info.currsize)
fib.cache_clear()
print(fib.cache_info().currsize)
