# Mutating a dict while iterating over it.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RuntimeError as e:
        print(label, type(e).__name__, e)

def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1

def replace_key():
    d = {0: 0}
    for k in d:
        del d[0]
        d[0] = 0

def replace_over_values():
    d = {0: 0}
    for v in d.values():
        del d[0]
        d[0] = 0

def replace_over_items():
    d = {0: 0}
    for kv in d.items():
        del d[0]
        d[0] = 0

def replace_other_key():
    d = {0: 0, 1: 1}
    seen = []
    for k in d:
        seen.append(k)
        if k == 0:
            del d[1]
            d[2] = 2
    print(seen)

def shrink():
    d = {0: 0, 1: 1}
    for k in d:
        del d[1]

def values_changed():
    d = {0: 0, 1: 1}
    for k in d:
        d[k] = "x"
    print(d)

for label, fn in [("grow", grow), ("replace", replace_key),
                  ("values", replace_over_values), ("items", replace_over_items),
                  ("other", replace_other_key), ("shrink", shrink),
                  ("update values", values_changed)]:
    attempt(label, fn)

# The error is sticky.
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
print(it.__length_hint__())
