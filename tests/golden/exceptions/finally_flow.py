# finally runs on return, break and continue, and a return inside it wins.
def returns_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def finally_sees_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(returns_in_finally(), finally_sees_return(), swallow())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)


def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("handled")
        return "done"
    finally:
        print("outer finally")


print(nested())
