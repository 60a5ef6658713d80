# A naked exception no except* clause matches propagates unchanged.
def lookup(d, key):
    return d[key]

try:
    lookup({}, "missing")
except* ValueError:
    print("not reached")
