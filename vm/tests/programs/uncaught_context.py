# An exception raised while handling another prints both, with the context first.
class ParseError(Exception):
    pass


def handler(values):
    try:
        return values[10]
    except IndexError:
        raise ParseError("bad values: " + str(len(values)))


print("start")
handler([1, 2, 3])
