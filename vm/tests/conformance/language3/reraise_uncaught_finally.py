# An uncaught exception leaving through finally and a non-matching except: the traceback
# shows the raising lines.
def inner():
    try:
        raise LookupError("deep")
    except TypeError:
        pass

def outer():
    try:
        inner()
    finally:
        print("outer finally")

outer()
