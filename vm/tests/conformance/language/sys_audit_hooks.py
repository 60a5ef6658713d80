# sys.audit and sys.addaudithook (PEP 578): hooks see (event, args), errors propagate.
import sys

# With no hook yet, audit returns before checking its event.
print(sys.audit(1), sys.audit('no.hooks', 1, 2))

log = []


def hook(event, args):
    if event.startswith('t.'):
        log.append((event, args))
    if event == 't.boom':
        raise ValueError('boom')


print(sys.addaudithook(hook))
sys.audit('t.a')
sys.audit('t.b', 1, 'x', None)
print(log)

for bad in [(1,), ()]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.audit(event='t.kw')
except TypeError as e:
    print(type(e).__name__, e)

try:
    sys.audit('t.boom')
except ValueError as e:
    print(type(e).__name__, e)
print(log[-1])
