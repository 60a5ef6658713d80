import gc

print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug() == gc.DEBUG_STATS)
gc.set_debug(0)
print(gc.get_debug())
try:
    gc.set_debug()
except TypeError as e:
    print(type(e).__name__)
try:
    gc.set_debug("x")
except TypeError as e:
    print(type(e).__name__)
