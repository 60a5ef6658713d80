# time.get_clock_info: a namespace for each of the clocks.
import time

for name in ["time", "monotonic", "perf_counter", "process_time"]:
    info = time.get_clock_info(name)
    print(name, type(info.implementation).__name__, type(info.monotonic).__name__,
          type(info.adjustable).__name__, info.resolution > 0)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.get_clock_info(1)
except TypeError as e:
    print(type(e).__name__, e)
