# _lsprof's entries are struct sequences; a custom timer and subcalls=False.
import _lsprof

ticks = iter(range(0, 10000, 10))
p = _lsprof.Profiler(lambda: next(ticks), 0.5, subcalls=False)

def inner():
    return 1

def outer():
    return inner() + inner()

p.enable()
outer()
p.disable()
stats = {e.code.co_name: e for e in p.getstats() if not isinstance(e.code, str)}
e = stats["outer"]
print(type(e).__name__, type(e).__module__, len(e), e.n_fields)
print(e[1] == e.callcount, e.calls)
print(stats["inner"].callcount, stats["inner"].calls)
print(all(isinstance(x.totaltime, float) for x in stats.values()))
print(stats["outer"].totaltime >= stats["inner"].totaltime)
try:
    _lsprof.Profiler(None, 0.0, True, True, 5)
except TypeError as ex:
    print("TypeError", ex)
print(_lsprof.profiler_subentry.n_fields)
