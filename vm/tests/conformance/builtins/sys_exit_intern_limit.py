# sys.exit with tuple and None arguments, sys.intern keeping the str given, a real number for
# setswitchinterval, and sys.tracebacklimit cutting the uncaught traceback to its innermost entries.
import sys
for arg in (42, (42,), (1, 2), "exit", None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
s = "never interned before" + str(len(sys.argv) * 7)
print(sys.intern(s) is s, sys.intern(s.swapcase().swapcase()) is s)
try:
    sys.setswitchinterval("a")
except TypeError as e:
    print(e)
def f1():
    1 / 0
def f2():
    f1()
sys.tracebacklimit = 2
f2()
