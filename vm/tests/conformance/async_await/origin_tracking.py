# sys.set_coroutine_origin_tracking_depth: cr_origin records where a coroutine was made,
# and the "never awaited" warning shows it.
import gc
import sys
import warnings


async def corofn():
    pass


print(sys.get_coroutine_origin_tracking_depth())
c = corofn()
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())


def make():
    return corofn()


def outer():
    return make()


c = outer()
print([(name, line) for _, line, name in c.cr_origin])
c.close()

sys.set_coroutine_origin_tracking_depth(1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    outer()
    gc.collect()
print(str(caught[0].message).replace(__file__, "FILE"))

try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
c = corofn()
print(c.cr_origin)
c.close()
