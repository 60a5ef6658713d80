# else and finally with except*, nested try statements, loops around them.
def f(raise_it):
    log = []
    try:
        if raise_it:
            raise ExceptionGroup("eg", [ValueError(1)])
        log.append("body")
    except* ValueError:
        log.append("handler")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(f(False))
print(f(True))

results = []
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        results.append(i)
    except* ValueError as eg:
        results.append(-eg.exceptions[0].args[0])
print(results)

def g():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as e:
        print("outer handled", repr(e))
    finally:
        print("outer finally")
g()

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        def inner():
            return "return in a nested function is fine"
        print(inner())
        for i in range(3):
            if i == 1:
                break
            continue
        print("loop in clause done")
h()
