# global rebinds module names from inside functions; reading needs no declaration.
counter = 0
log = []


def bump():
    global counter
    counter += 1
    log.append(counter)


for _ in range(3):
    bump()
print(counter, log)


def reader():
    return counter * 10


print(reader())


def define_new():
    global created
    created = "made inside a function"


define_new()
print(created)


def shadow():
    counter = -1
    return counter


print(shadow(), counter)


def outer():
    def inner():
        global counter
        counter = 100
    inner()


outer()
print(counter)
try:
    def broken():
        counter += 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
