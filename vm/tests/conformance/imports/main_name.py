# __name__ of the main script and of imported modules
import mod_simple
print(__name__, mod_simple.__name__)
if __name__ == "__main__":
    print("running as main")
import sys
print(sys.modules["__main__"] is sys.modules[__name__])
