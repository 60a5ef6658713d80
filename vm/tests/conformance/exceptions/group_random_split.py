# Random nested groups: split, subgroup and except* agree with CPython on their shape.
import random
random.seed(5)
kinds = [ValueError, TypeError, KeyError, OSError, ZeroDivisionError]
def make(depth):
    n = random.randint(1, 3)
    items = []
    for i in range(n):
        if depth > 0 and random.random() < 0.4:
            items.append(make(depth - 1))
        else:
            items.append(random.choice(kinds)(random.randint(0, 9)))
    return ExceptionGroup(f"d{depth}", items)
for trial in range(40):
    g = make(3)
    t = random.choice(kinds)
    m, r = g.split(t)
    print(repr(m)); print(repr(r))
    print(repr(g.subgroup(lambda e: isinstance(e, ExceptionGroup) or e.args[0] % 2 == 0)))
    try:
        try:
            raise g
        except* ValueError:
            if trial % 3 == 0:
                raise
        except* (TypeError, KeyError) as e:
            if trial % 2:
                raise RuntimeError(trial)
    except BaseException as e:
        print("out", repr(e))
