# An uncaught exception: everything printed before it stays, then exit status 1.
def check(n):
    if n > 2:
        raise ValueError("n too large: " + str(n))
    return n


for i in range(5):
    print("checked", check(i))
print("not reached")
