# _lsprof.Profiler: call counts, recursive calls and per-caller counts of Python functions.
import _lsprof, sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def walk(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total + fib(5)

def leaf(i):
    return i * 2

p = _lsprof.Profiler()
p.enable()
print(sys.getprofile() is p)
walk(4)
p.disable()
print(sys.getprofile())

def name(code):
    return code if isinstance(code, str) else code.co_name

for e in sorted(p.getstats(), key=lambda e: name(e.code)):
    if isinstance(e.code, str):
        continue
    subs = sorted((name(s.code), s.callcount, s.reccallcount)
                  for s in (e.calls or []) if not isinstance(s.code, str))
    print(name(e.code), e.callcount, e.reccallcount, type(e.totaltime).__name__,
          e.totaltime >= 0, e.inlinetime <= e.totaltime + 1e-9, subs)
p.clear()
print(p.getstats())
