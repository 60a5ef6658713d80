import sys
class Replacement:
    answer = "from the replacement object"
sys.modules[__name__] = Replacement()
