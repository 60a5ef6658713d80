# A hook that raises RuntimeError on 'sys.addaudithook' vetoes later hooks silently;
# any other exception propagates out of addaudithook.
import sys

seen = []


def first(event, args):
    if event == 'sys.addaudithook':
        seen.append(('first saw addaudithook', args))
    if event == 'app.event':
        seen.append(('first', args))


sys.addaudithook(first)


def veto(event, args):
    if event == 'sys.addaudithook' and seen and seen[-1] == 'veto':
        raise RuntimeError('no more hooks')
    if event == 'sys.addaudithook' and seen and seen[-1] == 'strict':
        raise KeyError('strict')


sys.addaudithook(veto)
print(seen)

seen.append('veto')


def never(event, args):
    print('never called', event)


print(sys.addaudithook(never))
sys.audit('app.event', 42)
print(seen[-1])

seen.append('strict')
try:
    sys.addaudithook(never)
except KeyError as e:
    print(type(e).__name__, e)

for bad in [(), (1, 2)]:
    try:
        sys.addaudithook(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
