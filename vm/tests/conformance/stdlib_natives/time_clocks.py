# The clocks of the time module: what get_clock_info says of each, CPU-time clocks that
# count CPU time, clock_gettime over the CLOCK_* ids, and the errors.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
for bad in ("clock", 1):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
# CPU time grows with work, by about as much as the work took.
start_cpu, start_wall = time.process_time(), time.perf_counter()
total = sum(i * i for i in range(300000))
cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
print(cpu > 0, cpu < wall * 2 + 0.05)
print(type(time.process_time_ns()), type(time.thread_time_ns()), time.thread_time() >= 0)
now = time.clock_gettime(time.CLOCK_REALTIME)
print(abs(now - time.time()) < 5, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
print(time.clock_getres(time.CLOCK_MONOTONIC) <= 1e-6)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(b >= a)
try:
    time.clock_gettime(12345)
except OSError as e:
    print(type(e).__name__, e.errno, e)
