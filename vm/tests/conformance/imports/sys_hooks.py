# sys.breakpointhook (what breakpoint() calls), call_tracing, stdlib_module_names,
# orig_argv.
import sys
import os

print(sys.breakpointhook is sys.__breakpointhook__)
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("printed by the hook", 1, sep="|")
os.environ["PYTHONBREAKPOINT"] = "len"
print(breakpoint([1, 2, 3]))
sys.breakpointhook = lambda *a, **k: ("custom", a, k)
print(breakpoint(3, x=4))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print("TypeError", e)
names = sys.stdlib_module_names
print(type(names).__name__, "os" in names, "json" in names, "krait" in names, "_io" in names)
print(type(sys.orig_argv).__name__, all(isinstance(a, str) for a in sys.orig_argv))
