# ElementTree's pull-parser tests read events with islice: it takes nothing from the
# iterator past its stop, so what is left can still be read.
from itertools import islice
from collections import deque

events = deque(range(10))
def read():
    while events:
        yield events.popleft()

print(list(islice(read(), 2)), list(events))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), list(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
print(list(islice(range(5), 2, None)), list(islice(range(3), 10)))
