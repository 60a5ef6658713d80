# _tracemalloc: tracing on and off, the frame limit, and the argument checks.
import _tracemalloc as t

print(t.is_tracing(), t.get_traced_memory(), t.get_traceback_limit())
print(t._get_traces(), t._get_object_traceback(object()), type(t.get_tracemalloc_memory()))
for args in [(0,), (65536,), ("x",), (1, 2)]:
    try:
        t.start(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(t.is_tracing())
t.start(5)
print(t.is_tracing(), t.get_traceback_limit())
keep = [list(range(100)) for _ in range(200)]
current, peak = t.get_traced_memory()
print(current > 10000, peak >= current)
t.clear_traces()
print(t.get_traced_memory() == (0, 0) or t.get_traced_memory()[0] < current)
t.reset_peak()
current2, peak2 = t.get_traced_memory()
print(peak2 >= current2)
t.stop()
print(t.is_tracing(), t.get_traced_memory(), t.get_traceback_limit())
t.start()
print(t.get_traceback_limit())
t.stop()
try:
    t.is_tracing(1)
except TypeError as e:
    print("TypeError", e)
