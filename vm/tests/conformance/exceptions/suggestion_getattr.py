# "Did you mean" for AttributeError: candidates in dir() order (the first of equally close
# names wins), and an AttributeError raised by __getattr__ gets name and obj so it is
# suggested for too.
import sys



class EliminationOverAddition:
    blucha = None
    bluc = None


class SubstitutionOverAddition:
    blach = None
    bluchi = None


class NoArgs:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()


class WithArgs:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError("Error", 23)


class Given:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError("custom", name="other", obj=None)


for cls in (EliminationOverAddition, SubstitutionOverAddition, NoArgs, WithArgs, Given):
    try:
        cls().bluch
    except AttributeError as exc:
        print(cls.__name__, exc.name, type(exc.obj).__name__)
        sys.__excepthook__(*sys.exc_info())
