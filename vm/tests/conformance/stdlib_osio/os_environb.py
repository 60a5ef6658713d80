import os

os.environ["OSIO_TEST"] = "value"
print(os.environb[b"OSIO_TEST"], b"OSIO_TEST" in os.environb)
os.environb[b"OSIO_TEST2"] = b"two"
print(os.environ["OSIO_TEST2"], os.getenvb(b"OSIO_TEST2"), os.getenvb(b"OSIO_NONE", b"d"))
del os.environb[b"OSIO_TEST2"]
print("OSIO_TEST2" in os.environ, os.environb.get(b"OSIO_TEST2"))
print(os.environb.pop(b"OSIO_TEST"), "OSIO_TEST" in os.environ)
for bad in ("str", 1):
    try:
        os.environb[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.environb[b"OSIO_TEST3"] = "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.environb[b"OSIO_MISSING"]
except KeyError as e:
    print(type(e).__name__, e)
print(len(os.environb) == len(os.environ), all(isinstance(k, bytes) for k in os.environb))
